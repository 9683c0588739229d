// BCF 3.0 review comments: written and read back without loss, another tool's topics read as written, and hostile
// files refused or reduced to the topics that are sound, each problem naming its file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readBcf } from '../../../src/data/bcf/read-bcf.ts';
import { reviewComment, withStatus } from '../../../src/data/bcf/review-topic.ts';
import { writeBcf } from '../../../src/data/bcf/write-bcf.ts';
import { parseXml } from '../../../src/data/bcf/xml-parse.ts';
import { xmlDocument } from '../../../src/data/bcf/xml-write.ts';
import { DataError } from '../../../src/shared/errors.ts';
import { BCF_FIXTURES, sampleComment, sampleTopic, zipFolder } from './fixtures.ts';

const version = '<?xml version="1.0"?><Version VersionId="3.0"/>';

describe('BCF 3.0 write and read', () => {
  it('round-trips topics, comments, viewpoints and snapshots without loss', async () => {
    const topics = [
      sampleTopic(),
      sampleTopic({ status: 'resolved', schemeId: null, position: null, snapshotPng: undefined }),
    ];
    const { topics: read, problems } = await readBcf(writeBcf(topics), 'review.bcf');
    expect(problems).toEqual([]);
    expect(read).toEqual(topics);
  });

  it('lays the zip out as BCF 3.0 asks: bcf.version, one GUID folder per topic with markup, viewpoint, snapshot', () => {
    const topic = sampleTopic();
    const names = Object.keys(unzipSync(writeBcf([topic])))
      .filter((name) => !name.endsWith('/'))
      .sort();
    expect(names).toEqual(
      [
        'bcf.version',
        'extensions.xml',
        `${topic.guid}/markup.bcf`,
        `${topic.guid}/snapshot.png`,
        `${topic.guid}/viewpoint.bcfv`,
      ].sort(),
    );
  });

  it('gives back the comment as made: text, author, time, status, scheme, pin and camera', async () => {
    const made = sampleComment();
    const [topic] = (await readBcf(writeBcf([sampleTopic()]), 'review.bcf')).topics;
    const comment = reviewComment(topic!);
    expect(comment).toMatchObject({ text: made.text, author: made.author, createdAt: made.createdAt, status: 'open' });
    expect(comment.schemeId).toBe('scheme-a');
    expect(comment.ifcGuids).toEqual(made.ifcGuids);
    comment.position!.forEach((value, i) => expect(value).toBeCloseTo(made.position![i]!, i < 2 ? 9 : 4));
    const view = comment.view!;
    expect(view.lon).toBeCloseTo(made.view.lon, 9);
    expect(view.lat).toBeCloseTo(made.view.lat, 9);
    expect(view.heightMeters).toBeCloseTo(made.view.heightMeters, 4);
    expect(view.headingDeg).toBeCloseTo(made.view.headingDeg, 6);
    expect(view.pitchDeg).toBeCloseTo(made.view.pitchDeg, 6);
    expect(view.rollDeg).toBeCloseTo(0, 6);
    expect(reviewComment(withStatus(topic!, 'resolved', 'li', '2026-12-04T00:00:00Z')).status).toBe('resolved');
  });

  it('writes the camera in the project ENU frame: 320 m up at the origin looking north is (0, 0, 320) → +Y', () => {
    const topic = sampleTopic({
      view: { lon: 114.05, lat: 22.54, heightMeters: 320, headingDeg: 0, pitchDeg: 0, rollDeg: 0 },
    });
    const camera = topic.viewpoints[0]!.camera;
    [0, 0, 320].forEach((value, i) => expect(camera.viewPoint[i]).toBeCloseTo(value, 6));
    [0, 1, 0].forEach((value, i) => expect(camera.direction[i]).toBeCloseTo(value, 9));
    [0, 0, 1].forEach((value, i) => expect(camera.up[i]).toBeCloseTo(value, 9));
    expect(topic.referenceLinks[0]).toMatch(/^urn:x-cim-renewal:enu\?origin=114\.05%2C22\.54%2C0&crs=EPSG%3A4979/);
  });

  it('escapes what users type, and reads it back the same', () => {
    const nasty = 'a & b < c > d "e" \'f\' ]]> \u0001 \n\ttab';
    const xml = xmlDocument({ name: 'R', attributes: { a: nasty }, text: nasty });
    const element = parseXml(xml, 'x.xml');
    const expected = nasty.replace('\u0001', '\uFFFD');
    expect(element.text).toBe(expected);
    expect(element.attributes.a).toBe(expected);
  });

  it('reads BCF 3.0 topics written by another tool without loss of topics, comments and viewpoints', async () => {
    const { topics, problems } = await readBcf(
      zipSync({
        ...unzipSync(zipFolder('perspective-camera')),
        ...unzipSync(zipFolder('user-assignment')),
      }),
      'other-tool.bcf',
    );
    expect(problems).toEqual([]);
    const byGuid = new Map(topics.map((topic) => [topic.guid, topic]));
    const camera = byGuid.get('01777b21-ba39-4c2b-ad1d-a9320f81214a')!;
    expect(camera).toMatchObject({
      title: 'Perspective camera',
      topicType: 'OTHER',
      topicStatus: 'OPEN',
      serverAssignedId: '3',
      description: 'A perspective camera viewpoint',
      creationAuthor: 'blackhole@aconex.com',
      modifiedDate: '2021-02-17T10:49:50.559Z',
    });
    expect(camera.viewpoints[0]).toMatchObject({
      guid: 'f99eb1ed-6bd2-46da-95f1-663a86d5a38d',
      camera: {
        kind: 'perspective',
        viewPoint: [17.774198017120362, -28.595696754455595, 8.034313440322876],
        fieldOfViewDeg: 29.39495760413827,
        aspectRatio: 1.7777777777777777,
      },
      visibilityExceptions: ['1bbI761TbBCOoIa5Kt6PXt', '1m5wAJelDFdhn6qBdOGjos'],
    });
    const assigned = byGuid.get('7ad1a717-bf20-4c12-b511-cbd90370ddba')!;
    expect(assigned.assignedTo).toBe('pasi.paasiala@solibri.com');
    expect(assigned.comments).toEqual([
      {
        guid: 'dd6119c6-745b-4575-974d-e0ae54953e0d',
        date: '2021-02-17T09:15:35.610Z',
        author: 'reetta.puska@solibri.com',
        text: '',
        viewpointGuid: 'f6a0cc29-056c-4d4f-95fa-41aa9cc14416',
      },
    ]);
    // No project origin in another tool's topic: it has no view of ours and opens at the project's home.
    expect(reviewComment(camera).view).toBeNull();
    // Written again and read back, the other tool's topics keep all of that.
    expect((await readBcf(writeBcf(topics), 'again.bcf')).topics).toEqual(topics);
  });
});

describe('hostile BCF files', () => {
  const failure = async (bytes: Uint8Array) => {
    try {
      await readBcf(bytes, 'hostile.bcf');
    } catch (error) {
      if (error instanceof DataError) return error.describe();
      throw error;
    }
    throw new Error('accepted');
  };

  it('refuses what is not BCF 3.0, naming the file', async () => {
    expect(await failure(strToU8('not a zip'))).toMatch(/^hostile\.bcf: this is not a BCF file/);
    expect(await failure(zipSync({ 'a.txt': strToU8('x') }))).toMatch(/^hostile\.bcf: .*no bcf\.version/);
    expect(await failure(zipSync({ 'bcf.version': strToU8('<Version VersionId="2.1"/>') }))).toMatch(
      /BCF 2\.1; only BCF 3\.0/,
    );
    const good = writeBcf([sampleTopic()]);
    expect(await failure(good.subarray(0, good.length - 30))).toMatch(/^hostile\.bcf: the \.bcf archive is damaged/);
  });

  it('stops a decompression bomb at the cap', async () => {
    const bomb = zipSync({ 'bcf.version': strToU8(version), 'x/markup.bcf': new Uint8Array(8 << 20) });
    expect(bomb.length).toBeLessThan(20_000);
    const { topics, problems } = await readBcf(bomb, 'bomb.bcf');
    expect(topics).toEqual([]);
    expect(problems[0]!.describe()).toMatch(
      /^bomb\.bcf: topic x left out: x\/markup\.bcf in the \.bcf archive inflates to more than/,
    );
  });

  it('refuses entity definitions and deep nesting', () => {
    expect(() => parseXml('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', 'e.xml')).toThrow(/DOCTYPE/);
    expect(() => parseXml(`${'<a>'.repeat(100)}${'</a>'.repeat(100)}`, 'd.xml')).toThrow(/nested/);
    expect(() => parseXml('<a><b></a>', 'm.xml')).toThrow(DataError);
    expect(() => parseXml('<a>&unknown;</a>', 'm.xml')).toThrow(/unknown/);
  });

  it('leaves out a topic with a bad viewpoint, names it, and imports the others', async () => {
    const [good, bad] = [sampleTopic(), sampleTopic()];
    const files = unzipSync(writeBcf([good, bad]));
    files[`${bad.guid}/viewpoint.bcfv`] = strToU8('<VisualizationInfo Guid="x"><PerspectiveCamera><CameraViewPoint>');
    const { topics, problems } = await readBcf(zipSync(files), 'mixed.bcf');
    expect(topics).toEqual([good]);
    expect(problems.map((problem) => problem.describe())).toEqual([
      expect.stringMatching(
        new RegExp(`^mixed\\.bcf/${bad.guid}/viewpoint\\.bcfv: topic ${bad.guid} left out: the XML is malformed`),
      ),
    ]);
  });

  it('reads the vendored files as they lie (sanity of the fixture)', () => {
    expect(readFileSync(join(BCF_FIXTURES, 'perspective-camera/bcf.version'), 'utf8')).toContain('VersionId="3.0"');
  });
});
