// The IFC cache key: conversion version, the file's SHA-256, and the manual placement when there is one. It needs no
// crypto.subtle, which a page served over plain HTTP from a host name does not have.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentKey } from '../../../src/data/ifc/ifc-cache.ts';
import { IFC_CONVERSION_VERSION } from '../../../src/data/ifc/ifc-conversion.ts';

const ABC_SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const abc = new TextEncoder().encode('abc');

describe('contentKey', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is the conversion version and the hex SHA-256 of the bytes', async () => {
    expect(await contentKey(abc, undefined)).toBe(`v${IFC_CONVERSION_VERSION}:${ABC_SHA256}`);
  });

  it('appends a manual placement, so a model placed by hand is cached apart', async () => {
    const placement = { lon: 114, lat: 33, heightMeters: 0, headingDeg: 30 };
    expect(await contentKey(abc, placement)).toBe(
      `v${IFC_CONVERSION_VERSION}:${ABC_SHA256}:${JSON.stringify(placement)}`,
    );
  });

  it('works where crypto.subtle is missing, as in a non-secure page', async () => {
    vi.stubGlobal('crypto', {});
    expect(await contentKey(abc, undefined)).toBe(`v${IFC_CONVERSION_VERSION}:${ABC_SHA256}`);
  });
});
