/** Responses are gzipped for clients that accept it (large JSON such as the pohon kinerja). */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../test/db.ts';
import { buildApp } from './app.ts';

const database = useTestDatabase();

describe('response compression', () => {
  it('gzips large JSON for a client that accepts it and sends it plain otherwise', async () => {
    const app = await buildApp(database());
    const zipped = await app.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(zipped.statusCode).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    const spec = JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'));
    expect(spec.openapi).toMatch(/^3\./);
    expect(zipped.rawPayload.length).toBeLessThan(gunzipSync(zipped.rawPayload).length / 3);

    const plain = await app.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.json().openapi).toBe(spec.openapi);
  });

  it('leaves tiny answers alone', async () => {
    const app = await buildApp(database());
    const res = await app.inject({ url: '/healthz', headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json()).toEqual({ status: 'ok' });
  });
});
