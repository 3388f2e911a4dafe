import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { byId, createH } from '../../../src/shared/h.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const h = createH(document);

test('h() sets properties, data and other attributes, and appends children', () => {
  const clicks: string[] = [];
  const button = h(
    'button',
    {
      type: 'button',
      className: 'a b',
      data: { vendor: 'ring' },
      attrs: { 'aria-pressed': 'false' },
      on: { click: () => clicks.push('x') },
    },
    'Compare',
    null,
    false,
    undefined,
  );
  expect(button.type).toBe('button');
  expect(button.className).toBe('a b');
  expect(button.getAttribute('data-vendor')).toBe('ring');
  expect(button.getAttribute('aria-pressed')).toBe('false');
  expect(button.childNodes).toHaveLength(1);
  button.dispatchEvent(new document.defaultView!.Event('click'));
  expect(clicks).toEqual(['x']);
});

test('text is text: markup in data never becomes elements', () => {
  const item = h('li', null, '<img src=x onerror=alert(1)>', h('span', null, '<b>bold</b>'));
  expect(item.querySelector('img')).toBeNull();
  expect(item.querySelector('b')).toBeNull();
  expect(item.textContent).toBe('<img src=x onerror=alert(1)><b>bold</b>');
});

test('a string in place of props is the class name', () => {
  const note = h('p', 'note muted', 'text');
  expect(note.className).toBe('note muted');
  expect(note.textContent).toBe('text');
});

test('byId() finds an element of the expected tag and refuses a missing or different one', () => {
  const page = parseHTML('<!doctype html><html><body><input id="search"><p id="note"></p></body></html>').document;
  expect(byId(page, 'search', 'input').id).toBe('search');
  expect(() => byId(page, 'note', 'input')).toThrow('missing <input id="note">');
  expect(() => byId(page, 'gone', 'p')).toThrow('missing <p id="gone">');
});
