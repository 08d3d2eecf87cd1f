// A deterministic newsletter body of about `bytes` characters: the shape a
// mass-mail service produces (nested tables, inline styles, a <style> block,
// click-tracked links, images, one open pixel), repeated to size.
export function generateNewsletter(bytes: number): string {
  const head = `<!DOCTYPE html><html><head><style>@media (max-width:600px){.col{width:100%!important}} .hero{background-image:url(https://img.news.example/hero.jpg)}</style></head><body style="margin:0">`;
  const tail = `<img src="https://open.mailer.example/o/e3b0c44298fc1c149afbf4c8996fb924" width="1" height="1" style="display:block;border:0"></body></html>`;
  const parts: string[] = [head];
  let size = head.length + tail.length;
  for (let i = 0; size < bytes; i++) {
    const block = `<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="border-collapse:collapse;max-width:600px"><tr><td class="col" style="padding:16px;font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#222">`
      + `<h2 style="margin:0 0 8px">Story ${i}: what the committee decided this week</h2>`
      + `<img src="https://img.news.example/story/${i}.jpg" width="568" height="320" alt="Photo ${i}" style="display:block;width:100%;height:auto">`
      + `<p style="margin:8px 0">Members met on Tuesday to discuss the budget, the agenda for next month and the report on item ${i}. The session ran late &amp; the vote was close.</p>`
      + `<a href="https://click.mailer.example/c/${i.toString(36)}x9f2?u=a1b2c3&amp;l=story" style="color:#0b5cab">Read more</a>`
      + `</td></tr></table>\n`;
    parts.push(block);
    size += block.length;
  }
  parts.push(tail);
  return parts.join('');
}
