/** The sample content with the correcting decision's `corrections:` list taken out: a correction that names no row. */
import { buildPortal } from '../../src/model/portal.ts';
import { validateFolder } from '../../src/validate/validate.ts';
import { SAMPLE_CONTENT } from '../helpers.ts';

const FIX = '2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016';

export function portalWithoutRows() {
  const { content } = validateFolder(SAMPLE_CONTENT);
  const decisions = content.decisions.map((d) => {
    if (d.id !== FIX) return d;
    const { corrections: _, ...data } = d.data;
    return { ...d, data };
  });
  return buildPortal({ ...content, decisions, stories: [] });
}
