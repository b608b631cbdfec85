"""Reading Attune's overlay in a page from selenium: marks, underline boxes, the hover card."""

from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.support.ui import WebDriverWait

import nlp

TIMEOUT = 10

MARKS_JS = """
const [editor] = arguments;
const text = editor.tagName === 'TEXTAREA' ? editor.value : null;
const box = editor.getBoundingClientRect();
const marks = [];
for (const host of document.querySelectorAll('[data-attune-overlay]')) {
  for (const m of host.shadowRoot.querySelectorAll('.mark')) {
    const lines = [...m.querySelectorAll('.line')].map((l) => l.getBoundingClientRect().toJSON());
    const inside = lines.length && lines[0].top >= box.top - 1 && lines[0].bottom <= box.bottom + 1;
    if (!inside) continue;
    marks.push({label: m.dataset.label, start: +m.dataset.start, end: +m.dataset.end,
      assertion: m.dataset.assertion, classes: m.className, lines,
      style: getComputedStyle(m.querySelector('.line')).borderBottomStyle,
      colour: getComputedStyle(m.querySelector('.line')).borderBottomColor,
      text: text === null ? null : text.slice(+m.dataset.start, +m.dataset.end)});
  }
}
return marks;
"""

# Where a word of a textarea sits, measured independently of the overlay: canvas text widths
# on the textarea's font, for lines that do not wrap.
TEXTAREA_BOX_JS = """
const [el, start, end] = arguments;
const cs = getComputedStyle(el);
const ctx = document.createElement('canvas').getContext('2d');
ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
const text = el.value;
const lineStart = text.lastIndexOf('\\n', start - 1) + 1;
const line = text.slice(0, start).split('\\n').length - 1;
const r = el.getBoundingClientRect();
const lineHeight = parseFloat(cs.lineHeight);
const left = r.left + el.clientLeft + parseFloat(cs.paddingLeft) - el.scrollLeft
  + ctx.measureText(text.slice(lineStart, start)).width;
const top = r.top + el.clientTop + parseFloat(cs.paddingTop) - el.scrollTop + line * lineHeight;
return {left, width: ctx.measureText(text.slice(start, end)).width, top, bottom: top + lineHeight};
"""

# Where the only occurrence of a word in a contenteditable sits, from a Range of the page's own.
RICH_BOX_JS = """
const [el, word] = arguments;
const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
const hits = [];
for (let n; (n = walker.nextNode()); ) {
  for (let i = n.data.indexOf(word); i >= 0; i = n.data.indexOf(word, i + 1)) hits.push([n, i]);
}
if (hits.length !== 1) return null;
const range = document.createRange();
range.setStart(hits[0][0], hits[0][1]);
range.setEnd(hits[0][0], hits[0][1] + word.length);
return range.getClientRects()[0].toJSON();
"""

CARD_JS = """
for (const host of document.querySelectorAll('[data-attune-overlay]')) {
  const card = host.shadowRoot.querySelector('.card.open');
  if (card) return {title: card.querySelector('.title').textContent,
    context: card.querySelector('.context').textContent,
    message: card.querySelector('.message').textContent,
    prompts: [...card.querySelectorAll('.prompt p')].map((p) => p.textContent)};
}
return null;
"""


def wait(driver, condition, timeout=TIMEOUT):
    """Poll `condition(driver)` until it is truthy; return its value."""
    return WebDriverWait(driver, timeout, poll_frequency=0.05).until(condition)


def marks(driver, editor):
    return driver.execute_script(MARKS_JS, editor)


def wait_for_marks(driver, editor, labels):
    """Wait until marks of every label in `labels` are drawn over `editor`; return all marks."""

    def ready(d):
        found = marks(d, editor)
        return found if set(labels) <= {m["label"] for m in found} else False

    return wait(driver, ready)


def expected_cues(lines):
    """(label, text) of every annotation the pipeline finds, line by line (what a paragraph is)."""
    return {(a["label"], a["text"]) for line in lines for a in nlp.annotate(line)["annotations"]}


def rgb(hex_colour):
    """'#E4572E' -> 'rgb(228, 87, 46)', as getComputedStyle writes it."""
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def hover(driver, x, y):
    actions = ActionBuilder(driver)
    actions.pointer_action.move_to_location(int(x), int(y))
    actions.perform()


def card(driver):
    return driver.execute_script(CARD_JS)


def click_in_card(driver, selector):
    driver.execute_script(
        "for (const h of document.querySelectorAll('[data-attune-overlay]'))"
        "  h.shadowRoot.querySelector(`.card.open ${arguments[0]}`)?.click();",
        selector,
    )
