import { invalidField } from '../errors';
import { checkTemplateText, MAX_TEMPLATE_BYTES } from './check-template-text';
import { decodeUtf8 } from './decode-utf8';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Decodes the base64 `content` of a template body and checks the text it holds. */
export function decodeTemplateContent(content: string, loc: (string | number)[]): string {
  const compact = content.replace(/\s+/g, '');
  if (!BASE64.test(compact)) {
    throw invalidField(
      loc,
      'must be base64 (the standard alphabet, padded with =) of the template text',
    );
  }
  // Base64 is 4/3 the size of the bytes; refuse before decoding anything huge.
  if ((compact.length / 4) * 3 > MAX_TEMPLATE_BYTES + 3) {
    throw invalidField(loc, `the template is over the limit of ${MAX_TEMPLATE_BYTES} bytes`);
  }
  const text = decodeUtf8(Buffer.from(compact, 'base64'), loc);
  return checkTemplateText(text, loc);
}
