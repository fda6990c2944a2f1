import { escape, page } from "./helpPage";

export { GUIDE_PATH } from "./guidePath";

/** Inline markdown: `code`, **bold**, *emphasis*; everything else escaped. */
function inline(text: string): string {
  return escape(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/\*([^*]+)\*/g, "<em>$1</em>");
}

/**
 * The user guide (docs/brugervejledning.md, which GitHub shows as it is) as a page of the help, for the
 * pane's link: the markdown the guide uses — headings, paragraphs, a picture alone on its line, inline
 * code, bold and emphasis — and nothing else, every text escaped. Run at build time.
 */
export function renderGuide(markdown: string): string {
  const blocks = markdown.replace(/\r\n/g, "\n").split(/\n{2,}/).map((b) => b.trim()).filter((b) => b !== "");
  let title = "Brugervejledning";
  const html = blocks.map((block) => {
    const heading = /^(#{1,3}) (.+)$/.exec(block);
    if (heading !== null) {
      if (heading[1].length === 1) title = heading[2];
      return `<h${heading[1].length}>${inline(heading[2])}</h${heading[1].length}>`;
    }
    const picture = /^!\[([^\]]*)\]\(([\w.-]+\.png)\)$/.exec(block);
    if (picture !== null) return `<p><img src="${escape(picture[2])}" alt="${escape(picture[1])}" loading="lazy"></p>`;
    return `<p>${inline(block.replace(/\n/g, " "))}</p>`;
  });
  return page(title, "da", "../en/index.html", html.join("\n"));
}
