import { describe, expect, it } from 'vitest';
import { createUi } from '../../src/i18n/index.js';
import { translateMessage } from '../../src/i18n/translate-message.js';

const ar = createUi({ language: 'ar' });

describe('a message made in English', () => {
  it('is said in Arabic, with the values it carries', () => {
    expect(translateMessage('library folder /tmp/x does not exist', ar)).toBe('مجلد المكتبة /tmp/x غير موجود');
    expect(translateMessage('front matter has no title', ar)).toBe('ليس في الترويسة حقل title');
  });

  it('has the reason inside it said in Arabic too', () => {
    expect(translateMessage('cannot write /s/positions.json (no space left on device); reading positions are not remembered', ar)).toBe('تتعذر كتابة /s/positions.json (لا مساحة باقية على الجهاز)؛ لن تُحفظ مواضع القراءة');
    expect(translateMessage('broken.md: front matter is never closed with a line "---"', ar)).toBe('broken.md: الترويسة لا تُغلق بسطر «---»');
    expect(translateMessage('skipped /l/a.md: cannot be read (input/output error)', ar)).toBe('لم يُقرأ /l/a.md: تتعذر قراءته (خطأ في الإدخال والإخراج)');
  });

  it('takes the Arabic plural form of its count', () => {
    expect(translateMessage('"al" matches 2 articles (a, b); give an id', ar)).toBe('«al» يطابق مقالين (a, b)؛ اذكر المعرّف');
    expect(translateMessage('"al" matches 11 articles (a, b); give an id', ar)).toBe('«al» يطابق 11 مقالاً (a, b)؛ اذكر المعرّف');
  });

  it('is left as it is in English, and when the catalogue does not know it', () => {
    expect(translateMessage('library folder /tmp/x does not exist', createUi({ language: 'en' }))).toBe('library folder /tmp/x does not exist');
    expect(translateMessage('something nobody wrote down', ar)).toBe('something nobody wrote down');
  });
});
