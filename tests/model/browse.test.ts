import { describe, expect, it } from 'vitest';
import { relatedStories } from '../../src/model/browse.ts';
import { FLAG, FLAG_HONOREE, browse, portal } from '../page-models/sample.ts';

const ids = (about: Parameters<typeof relatedStories>[2]) => relatedStories(portal, browse, about).map((s) => s.id);

describe('related stories', () => {
  it('finds the stories about a decision, then those about its honorees, each once', () => {
    expect(ids({ decisions: [FLAG], honorees: [FLAG_HONOREE] })).toEqual(['ve-quyet-dinh', 'ca-hai', 've-xa-yen-khoai']);
  });

  it('finds the stories about an honoree alone', () => {
    expect(ids({ honorees: [FLAG_HONOREE] })).toEqual(['ve-xa-yen-khoai', 'ca-hai']);
  });

  it('finds none for nothing, or for ids no story mentions', () => {
    expect(ids({})).toEqual([]);
    expect(ids({ decisions: ['2017/khong-co'], honorees: ['khong-co'] })).toEqual([]);
  });
});
