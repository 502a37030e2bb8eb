/** The sample content as the page models see it, with two stories to relate (the build reads the real ones). */
import { buildBrowseIndex } from '../../src/model/browse.ts';
import { buildPortal } from '../../src/model/portal.ts';
import { pageContext } from '../../src/site/page-context.ts';
import { validateFolder } from '../../src/validate/validate.ts';
import { SAMPLE_CONTENT } from '../helpers.ts';

export const FLAG = '2017/245-qd-ttg-co-thi-dua-chinh-phu';
export const FLAG_HONOREE = 'nhan-dan-va-can-bo-xa-yen-khoai';

const story = (id: string, honorees: string[], decisions: string[]) => ({ id, data: { title: id, honorees, decisions } });
export const STORIES = [
  story('ve-quyet-dinh', [], [FLAG]),
  story('ve-xa-yen-khoai', [FLAG_HONOREE], []),
  story('ca-hai', [FLAG_HONOREE], [FLAG]),
];

const { content } = validateFolder(SAMPLE_CONTENT);
export const portal = buildPortal({ ...content, stories: STORIES });
export const consultations = content.consultations;
export const browse = buildBrowseIndex(portal);
export const vi = pageContext('vi', '/', content.site);
export const en = pageContext('en', '/', content.site);
