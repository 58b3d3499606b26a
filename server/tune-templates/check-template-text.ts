import { invalidField } from '../errors';
import { checkJinjaSyntax } from '../templates/render-jinja';

/** Largest template accepted, in bytes of UTF-8 text. */
export const MAX_TEMPLATE_BYTES = 256 * 1024;

/** Checks a template's text before it is stored: not empty, not too big, text, valid Jinja. */
export function checkTemplateText(text: string, loc: (string | number)[]): string {
  if (text.trim() === '') throw invalidField(loc, 'the template is empty');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_TEMPLATE_BYTES) {
    throw invalidField(
      loc,
      `the template is ${bytes} bytes; the limit is ${MAX_TEMPLATE_BYTES} bytes`,
    );
  }
  if (text.includes('\u0000'))
    throw invalidField(loc, 'the template must be text, not binary data');
  checkJinjaSyntax(text, loc);
  return text;
}
