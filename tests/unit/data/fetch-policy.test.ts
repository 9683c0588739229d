import { afterEach, describe, expect, it, vi } from 'vitest';
import { capResponseBytes } from '../../../src/data/byte-cap.ts';
import { setFetchPolicy } from '../../../src/data/fetch-policy.ts';
import { fetchOk, fetchText } from '../../../src/data/fetch-text.ts';
import { DataError } from '../../../src/shared/errors.ts';

const PAGE = 'http://cim.intranet/index.html';

/** A body of `chunks` bytes in pieces, with no Content-Length (as a chunked or lying server sends). */
function streamed(chunks: number[]): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const bytes of chunks) controller.enqueue(new Uint8Array(bytes).fill(65));
      controller.close();
    },
  });
  return new Response(body, { status: 200 });
}

describe('capResponseBytes', () => {
  it('passes a body within the cap unchanged', async () => {
    expect(await capResponseBytes(streamed([3, 4]), 'a.json', 7).text()).toBe('AAAAAAA');
  });

  it('refuses by Content-Length before reading the body', () => {
    const response = new Response('x', { headers: { 'content-length': '5000' } });
    let failure: unknown;
    try {
      capResponseBytes(response, 'big.b3dm', 4096);
    } catch (error) {
      failure = error;
    }
    expect((failure as DataError).describe()).toBe(
      'big.b3dm: the file is 5000 bytes, over the limit of 4096 bytes (limits.maxFileBytes in cim.config.json)',
    );
  });

  it('counts a body without (or lying about) its length and stops once past the cap', async () => {
    const capped = capResponseBytes(streamed([3000, 3000, 3000]), 'chunked.b3dm', 4096);
    const failure = await capped.arrayBuffer().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DataError);
    expect((failure as DataError).describe()).toBe(
      'chunked.b3dm: the file is more than 4096 bytes, over the limit of 4096 bytes (limits.maxFileBytes in cim.config.json)',
    );
  });
});

describe('fetchOk under the fetch policy', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('refuses another origin before any request, naming the URL and how to allow it', async () => {
    const fetchSpy = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', fetchSpy);
    setFetchPolicy({ pageUrl: PAGE, dataOrigins: [], maxFileBytes: 100 });
    const failure = (await fetchOk('http://10.0.0.5:8080/tileset.json').catch((error: unknown) => error)) as DataError;
    expect(failure).toBeInstanceOf(DataError);
    expect(failure.source).toBe('http://10.0.0.5:8080/tileset.json');
    expect(failure.message).toMatch(/refused before any request.*dataOrigins in cim\.config\.json/);
    await expect(fetchOk('data:application/json,{}')).rejects.toThrow(/data: URLs are not loaded/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('fetches from the page origin and the configured ones, within the byte cap', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => streamed([60, 60])),
    );
    setFetchPolicy({ pageUrl: PAGE, dataOrigins: ['http://10.0.0.5:8080'], maxFileBytes: 100 });
    await expect(fetchText('http://10.0.0.5:8080/big.json')).rejects.toThrow(/over the limit of 100 bytes/);
    setFetchPolicy({ pageUrl: PAGE, dataOrigins: ['http://10.0.0.5:8080'], maxFileBytes: 120 });
    expect(await fetchText('http://10.0.0.5:8080/big.json')).toHaveLength(120);
    expect(await fetchText('/own.json')).toHaveLength(120);
  });
});
