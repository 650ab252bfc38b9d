// What qari writes on stderr, said in the interface's language on its way out.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { speaking } from '../../src/cli/speaking.js';
import { createUi } from '../../src/i18n/index.js';

async function said(line: string): Promise<string> {
  const stream = Object.assign(new PassThrough(), { isTTY: false }) as unknown as NodeJS.WriteStream;
  let written = '';
  (stream as unknown as PassThrough).on('data', (chunk: Buffer) => (written += chunk.toString()));
  const arabic = await speaking(stream, createUi({ language: 'ar' }), [], {});
  arabic.write(line);
  await new Promise((resolve) => setImmediate(resolve));
  return written;
}

describe('stderr in Arabic', () => {
  it('says the download progress line, which starts by going back over the last one', async () => {
    expect(await said('\r\u001b[Kqari: downloading example.org… 12 KB of 300 KB')).toBe('\r\u001b[Kqari: جارٍ التنزيل من example.org… 12 من 300 كيلوبايت');
  });

  it('says a note and a name said in place of a file’s', async () => {
    expect(await said('qari: created the library folder /d/qari/articles; qari lists it from now on\n')).toBe('qari: أُنشئ مجلد المكتبة /d/qari/articles؛ وسيعرضه «قارئ» من الآن\n');
    expect(await said('qari: standard input is empty\n')).toBe('qari: الدخل القياسي فارغ\n');
  });
});
