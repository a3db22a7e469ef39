// A small CommonMark-ish renderer for the interpretation notes: ATX headings, paragraphs, nested lists, fenced code,
// block quotes, pipe tables, and inline code / bold / italic / links. Links to other sites are rendered as text so
// the site never points outside itself; HTML in the source is escaped.

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function slug(text: string): string {
  return text.toLowerCase().replace(/<[^>]+>/g, '').replace(/&[a-z]+;/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'section';
}

export function inline(text: string): string {
  const codes: string[] = [];
  let s = text.replace(/`([^`]+)`/g, (_, c: string) => {
    codes.push(`<code>${escapeHtml(c)}</code>`);
    return `\u0000${codes.length - 1}\u0000`;
  });
  s = escapeHtml(s);
  s = s.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, url: string) =>
    /^[a-z]+:/i.test(url) || url.startsWith('//') ? `${label}` : `<a href="${url}">${label}</a>`,
  );
  s = s.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>').replace(/__([^_]+)__/g, '<strong>$1</strong>');
  s = s.replace(/(^|[^\w*])\*([^*\s][^*]*?)\*(?!\w)/g, '$1<em>$2</em>').replace(/(^|[^\w])_([^_\s][^_]*?)_(?!\w)/g, '$1<em>$2</em>');
  return s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => codes[Number(i)]!);
}

interface Heading { level: number; text: string; id: string }

/** Renders markdown; headings get ids (prefixed, unique) and are returned for a table of contents. */
export function renderMarkdown(src: string, idPrefix = '', headingOffset = 0): { html: string; headings: Heading[] } {
  const lines = src.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  const headings: Heading[] = [];
  const used = new Set<string>();
  let i = 0;

  const isBlank = (l: string | undefined) => l === undefined || l.trim() === '';
  const listItem = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/;
  const startsBlock = (l: string) => /^#{1,6}\s/.test(l) || /^```/.test(l) || /^>/.test(l) || /^\s*\|/.test(l) || listItem.test(l);

  const renderList = (items: { indent: number; ordered: boolean; text: string }[]): string => {
    // builds nested lists from indentation
    let html = '';
    const stack: { indent: number; tag: string }[] = [];
    for (const it of items) {
      while (stack.length && it.indent < stack[stack.length - 1]!.indent) html += `</li></${stack.pop()!.tag}>`;
      const top = stack[stack.length - 1];
      if (!top || it.indent > top.indent) {
        const tag = it.ordered ? 'ol' : 'ul';
        stack.push({ indent: it.indent, tag });
        html += `<${tag}><li>`;
      } else {
        html += '</li><li>';
      }
      html += inline(it.text);
    }
    while (stack.length) html += `</li></${stack.pop()!.tag}>`;
    return html;
  };

  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) { i++; continue; }
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      const level = Math.min(6, h[1]!.length + headingOffset);
      let id = idPrefix + slug(h[2]!);
      while (used.has(id)) id += '-x';
      used.add(id);
      headings.push({ level, text: h[2]!, id });
      out.push(`<h${level} id="${id}">${inline(h[2]!)}</h${level}>`);
      i++;
      continue;
    }
    if (/^```/.test(line)) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !/^```/.test(lines[i]!)) body.push(lines[i++]!);
      i++;
      out.push(`<pre><code>${escapeHtml(body.join('\n'))}</code></pre>`);
      continue;
    }
    if (/^>/.test(line)) {
      const body: string[] = [];
      while (i < lines.length && /^>/.test(lines[i]!)) body.push(lines[i++]!.replace(/^>\s?/, ''));
      out.push(`<blockquote>${renderMarkdown(body.join('\n'), idPrefix + 'q-', headingOffset).html}</blockquote>`);
      continue;
    }
    if (/^\s*\|/.test(line) && i + 1 < lines.length && /^\s*\|?\s*:?-{3,}/.test(lines[i + 1]!)) {
      const cells = (l: string) => l.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
      const head = cells(line);
      i += 2;
      const rows: string[][] = [];
      while (i < lines.length && /^\s*\|/.test(lines[i]!)) rows.push(cells(lines[i++]!));
      out.push(`<table><thead><tr>${head.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`);
      continue;
    }
    if (listItem.test(line)) {
      const items: { indent: number; ordered: boolean; text: string }[] = [];
      while (i < lines.length) {
        const l = lines[i]!;
        const m = listItem.exec(l);
        if (m) {
          items.push({ indent: m[1]!.length, ordered: /\d/.test(m[2]!), text: m[3]! });
          i++;
        } else if (!isBlank(l) && /^\s+/.test(l) && items.length) {
          items[items.length - 1]!.text += ' ' + l.trim();
          i++;
        } else if (isBlank(l) && i + 1 < lines.length && (listItem.test(lines[i + 1]!) || /^\s+\S/.test(lines[i + 1]!)) && items.length) {
          i++;
        } else break;
      }
      out.push(renderList(items));
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && !isBlank(lines[i]) && !(para.length && startsBlock(lines[i]!))) para.push(lines[i++]!.trim());
    out.push(`<p>${inline(para.join(' '))}</p>`);
  }
  return { html: out.join('\n'), headings };
}
