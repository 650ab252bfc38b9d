// A fast reader for the plain front matter qari itself writes (`key: value`,
// quoted scalars, `- item` lists), and the `[a, b]` lists of other tools' front matter. The yaml library costs about 0.3 ms a file,
// 3 s over a 10,000-article library; this costs microseconds. Anything it does
// not fully understand returns undefined and goes to the yaml library instead,
// so the two never disagree (test/article/front-matter-fast.test.ts).

type Value = string | string[] | null;

const KEY = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$/;
const ITEM = /^[ \t]+-[ \t]+(.*)$/;
// Plain scalars YAML would read as something other than a string, or with syntax.
const NOT_PLAIN_STRING = /^(?:[-?:,[\]{}#&*!|>'"%@`]|[+.\d]|~$|(?:true|false|null|yes|no|on|off)$)|: |:$|\s#|[\t\\]/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readSimpleYaml(yaml: string): Record<string, Value> | undefined {
  const fields: Record<string, Value> = {};
  const blockLists: string[] = [];
  let listKey: string | undefined;
  for (const line of yaml.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const item = ITEM.exec(line);
    if (item) {
      const list = listKey === undefined ? undefined : fields[listKey];
      const value = scalar(item[1] ?? '');
      if (!Array.isArray(list) || value === undefined) return undefined;
      list.push(value);
      continue;
    }
    const pair = KEY.exec(line);
    if (!pair?.[1] || pair[1] in fields) return undefined;
    const raw = (pair[2] ?? '').trimEnd();
    if (raw === '') {
      fields[pair[1]] = [];
      blockLists.push(pair[1]);
      listKey = pair[1];
      continue;
    }
    const value = raw.startsWith('[') ? flowList(raw) : scalar(raw);
    if (value === undefined) return undefined;
    fields[pair[1]] = value;
    listKey = undefined;
  }
  // `key:` with no items under it is null in YAML, not an empty list (`key: []` is one).
  for (const key of blockLists) if (Array.isArray(fields[key]) && fields[key].length === 0) fields[key] = null;
  return fields;
}

// An item of a flow list as this reader takes it: no flow syntax, quotes or comments in it.
const FLOW_ITEM = /^[^[\]{},"'#]+$/;

/** `[a, b]`: plain strings only; anything else (quotes, nesting, numbers, empty items) is the yaml library's. */
function flowList(raw: string): string[] | undefined {
  if (!raw.endsWith(']')) return undefined;
  const inner = raw.slice(1, -1);
  if (inner.trim() === '') return [];
  const items: string[] = [];
  for (const part of inner.split(',')) {
    const item = part.trim();
    if (!FLOW_ITEM.test(item) || scalar(item) !== item) return undefined;
    items.push(item);
  }
  return items;
}

/** Whether `text` may be written as a plain (unquoted) YAML scalar and read back the same. */
export function isPlainScalar(text: string): boolean {
  return text !== '' && text === text.trim() && !text.includes('\n') && (ISO_DATE.test(text) || !NOT_PLAIN_STRING.test(text));
}

function scalar(raw: string): string | undefined {
  const text = raw.trimEnd();
  if (text === '') return undefined;
  if (text.startsWith('"')) return doubleQuoted(text);
  if (text.startsWith("'")) return singleQuoted(text);
  if (ISO_DATE.test(text)) return text;
  return NOT_PLAIN_STRING.test(text) ? undefined : text;
}

function doubleQuoted(text: string): string | undefined {
  const match = /^"((?:[^"\\]|\\["\\])*)"$/.exec(text);
  return match ? (match[1] ?? '').replace(/\\(["\\])/g, '$1') : undefined;
}

function singleQuoted(text: string): string | undefined {
  const match = /^'((?:[^']|'')*)'$/.exec(text);
  return match ? (match[1] ?? '').replace(/''/g, "'") : undefined;
}
