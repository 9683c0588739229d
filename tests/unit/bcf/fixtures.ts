// Review comments as the app makes them, and the vendored BCF 3.0 test cases of buildingSMART zipped as another tool
// hands them over (tests/fixtures/third-party/bcf-3.0/README.md).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { reviewTopic, type NewReviewComment } from '../../../src/data/bcf/review-topic.ts';

export const BCF_FIXTURES = new URL('../../fixtures/third-party/bcf-3.0/', import.meta.url).pathname;
export const ORIGIN = { lon: 114.05, lat: 22.54, heightMeters: 0 };
// A PNG signature and a few bytes: the reader checks the signature only.
export const TINY_PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

export function sampleComment(overrides: Partial<NewReviewComment> = {}): NewReviewComment {
  return {
    text: '北侧退线不足 <5 m> & "高度" 超限\n第二行',
    author: '张工 <zhang@example.invalid>',
    createdAt: '2026-12-03T07:00:00.000Z',
    status: 'open',
    schemeId: 'scheme-a',
    position: [114.0512, 22.5408, 35.5],
    view: { lon: 114.049, lat: 22.538, heightMeters: 320, headingDeg: 30, pitchDeg: -35, rollDeg: 0 },
    fieldOfViewDeg: 60,
    aspectRatio: 1.5,
    ifcGuids: ['0GbQ8$mZH4$8dFR$JUFRuF', '1kTvXnbbzCWw8lcMd1dR4o'],
    snapshotPng: TINY_PNG,
    ...overrides,
  };
}

let counter = 0;
export const guids = () => {
  const next = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
  return { topic: next(), comment: next(), viewpoint: next() };
};

export const sampleTopic = (overrides: Partial<NewReviewComment> = {}) =>
  reviewTopic(sampleComment(overrides), ORIGIN, guids());

/** The folders of one vendored test case zipped as they lie on disk. */
export function zipFolder(folder: string): Uint8Array {
  const read = (path: string): Zippable =>
    Object.fromEntries(
      readdirSync(path).map((name) => {
        const full = join(path, name);
        return [name, statSync(full).isDirectory() ? read(full) : new Uint8Array(readFileSync(full))];
      }),
    );
  return zipSync(read(join(BCF_FIXTURES, folder)));
}
