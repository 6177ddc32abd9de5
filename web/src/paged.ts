/**
 * Long lists drawn a page at a time: a report can have hundreds of thousands of messages or extra
 * rows, and drawing them all at once (or spreading them into `append`, which overflows the stack)
 * freezes the page. The first page is drawn at once; a button at the end draws the next.
 */
import { h } from './dom.ts';

/** Items drawn at once, and per click of "show more". */
export const PAGE_SIZE = 200;

/**
 * Appends `count` items to a list, a page at a time: `item(i)` draws item i; `more(n, left)` is
 * the label of the button that draws the next `n` (`left` not yet drawn). The button is an `li`
 * (class `more`) for lists, so the list stays valid HTML.
 *
 * @example
 * appendPaged(list, messages.length, (i) => messageItem(messages[i]), (n, left) => `Show ${n} more (${left} left)`);
 */
export function appendPaged(list: HTMLElement, count: number, item: (i: number) => Node, more: (n: number, left: number) => string, pageSize = PAGE_SIZE): void {
  let drawn = 0;
  const wrapper = list.tagName === 'OL' || list.tagName === 'UL' ? 'li' : 'div';
  const drawPage = (before: Node | null) => {
    const page = document.createDocumentFragment();
    const end = Math.min(count, drawn + pageSize);
    for (; drawn < end; drawn++) page.append(item(drawn));
    list.insertBefore(page, before);
  };
  drawPage(null);
  if (drawn >= count) return;
  const button = h('button', { type: 'button', class: 'link show-more' });
  const holder = h(wrapper, { class: 'more' }, button);
  const label = () => (button.textContent = more(Math.min(pageSize, count - drawn), count - drawn));
  label();
  button.addEventListener('click', () => {
    drawPage(holder);
    if (drawn >= count) holder.remove();
    else label();
  });
  list.append(holder);
}
