import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { STORAGE_KEY, type GovDisplaySettings } from '../src/display-settings/display-settings.js';
import '../src/news-list/news-list.js';
import type { GovNewsList } from '../src/news-list/news-list.js';
import { waitForState } from './helpers.js';

const root = document.documentElement;
const news = [{ title: 'Huyện ủy Gia Lộc tổ chức Hội nghị lần thứ 36', url: '/tin-tuc/hoi-nghi-36.html', date: '2020-03-13' }];

/** The control's radio for a visible label ("Tối", "Lớn"…), found as a visitor finds it: by its name. */
function option(el: GovDisplaySettings, label: string): HTMLInputElement {
  const found = [...el.shadowRoot!.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  if (!found) throw new Error(`no option named ${label}`);
  return found.querySelector('input')!;
}

const checkedLabels = (el: GovDisplaySettings): string[] =>
  [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.parentElement!.textContent!.trim());

async function choose(el: GovDisplaySettings, label: string): Promise<void> {
  option(el, label).click();
  await el.updateComplete;
}

/** A news list on the same page, ready, and the colour of its box. */
async function newsList(): Promise<GovNewsList> {
  const list = await fixture<GovNewsList>(html`<gov-news-list .items=${news}></gov-news-list>`);
  await waitForState(list, 'ready');
  return list;
}
const boxBackground = (list: GovNewsList): string => getComputedStyle(list.shadowRoot!.querySelector('.box')!).backgroundColor;

describe('gov-display-settings', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(async () => {
    localStorage.removeItem(STORAGE_KEY);
    await emulateMedia({ colorScheme: 'light', media: 'screen' });
    await executeServerCommand('emulate-forced-colors', { value: 'none' });
    await setViewport({ width: 800, height: 600 });
    delete root.dataset.govTheme;
    delete root.dataset.govTextSize;
    root.style.removeProperty('--gov-text-scale');
  });

  it('offers the text sizes and themes as two named radio groups, in Vietnamese by default', async () => {
    const el = await fixture<GovDisplaySettings>(html`<gov-display-settings></gov-display-settings>`);
    const groups = [...el.shadowRoot!.querySelectorAll('fieldset')];
    expect(groups.map((g) => g.querySelector('legend')!.textContent!.trim())).to.deep.equal(['Cỡ chữ', 'Giao diện']);
    expect(el.shadowRoot!.querySelector('[role=group]')!.getAttribute('aria-label')).to.equal('Cỡ chữ, tương phản');
    expect(checkedLabels(el)).to.deep.equal(['Thường', 'Tự động']);
    expect(el.getAttribute('state')).to.equal('ready');
    expect([...el.shadowRoot!.querySelectorAll('input')].every((i) => i.type === 'radio')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('speaks English under lang="en"', async () => {
    const wrap = await fixture(html`<div lang="en"><gov-display-settings></gov-display-settings></div>`);
    const el = wrap.querySelector('gov-display-settings')!;
    await el.updateComplete;
    expect(checkedLabels(el)).to.deep.equal(['Normal', 'Automatic']);
    expect(option(el, 'High contrast')).to.exist;
  });

  it("takes the page's own labels (labels attribute) in place of its defaults", async () => {
    const el = await fixture<GovDisplaySettings>(
      html`<gov-display-settings labels='{"dark":"Nền tối","size":"Chữ"}'></gov-display-settings>`,
    );
    expect(option(el, 'Nền tối').value).to.equal('dark');
    expect(el.shadowRoot!.querySelector('legend')!.textContent!.trim()).to.equal('Chữ');
  });

  it('applies a theme to <html> and to the other gov- elements, remembers it and says so', async () => {
    const list = await newsList();
    const light = boxBackground(list);
    const el = await fixture<GovDisplaySettings>(html`<gov-display-settings></gov-display-settings>`);
    expect(root.dataset.govTheme).to.equal('light');
    setTimeout(() => option(el, 'Tối').click());
    const { detail } = await oneEvent(el, 'gov-display-change');
    expect(detail).to.deep.equal({ size: 'normal', theme: 'dark', resolvedTheme: 'dark' });
    expect(root.dataset.govTheme).to.equal('dark');
    expect(light).to.equal('rgb(255, 255, 255)');
    expect(boxBackground(list)).to.equal('rgb(20, 33, 47)');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).to.deep.equal({ size: 'normal', theme: 'dark' });
    await choose(el, 'Tương phản cao');
    expect(root.dataset.govTheme).to.equal('contrast');
    expect(boxBackground(list)).to.equal('rgb(0, 0, 0)');
  });

  it('scales the text of the other elements once, and exposes the scale to the page', async () => {
    const list = await newsList();
    const before = parseFloat(getComputedStyle(list).fontSize);
    const el = await fixture<GovDisplaySettings>(html`<gov-display-settings></gov-display-settings>`);
    await choose(el, 'Rất lớn');
    expect(root.dataset.govTextSize).to.equal('larger');
    expect(getComputedStyle(root).getPropertyValue('--gov-text-scale').trim()).to.equal('1.5');
    expect(parseFloat(getComputedStyle(list).fontSize)).to.be.closeTo(before * 1.5, 0.5);
  });

  it('scales an element inside another once, not twice', async () => {
    // The outer box has no source, so the inner one stays shown as its fallback content.
    const outer = await fixture<GovNewsList>(html`<gov-news-list><gov-news-list .items=${news}></gov-news-list></gov-news-list>`);
    const inner = outer.querySelector('gov-news-list')!;
    await waitForState(inner, 'ready');
    const el = await fixture<GovDisplaySettings>(html`<gov-display-settings></gov-display-settings>`);
    await choose(el, 'Rất lớn');
    expect(getComputedStyle(inner).fontSize).to.equal(getComputedStyle(outer).fontSize);
  });

  it('restores a remembered choice on the next page', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ size: 'large', theme: 'contrast' }));
    const el = await fixture<GovDisplaySettings>(html`<gov-display-settings></gov-display-settings>`);
    expect(checkedLabels(el)).to.deep.equal(['Lớn', 'Tương phản cao']);
    expect(root.dataset.govTheme).to.equal('contrast');
    expect(root.dataset.govTextSize).to.equal('large');
  });

  for (const [what, stored] of [
    ['malformed JSON', '{"size":'],
    ['a wrong shape', '["large","dark"]'],
    ['unknown values', '{"size":"huge","theme":"<img src=x onerror=alert(1)>"}'],
    ['inherited keys', '{"size":"constructor","theme":"toString"}'],
  ]) {
    it(`falls back to the defaults for ${what} in storage`, async () => {
      localStorage.setItem(STORAGE_KEY, stored);
      const el = await fixture<GovDisplaySettings>(html`<gov-display-settings></gov-display-settings>`);
      expect(checkedLabels(el)).to.deep.equal(['Thường', 'Tự động']);
      expect(root.dataset.govTextSize).to.equal('normal');
      expect(['light', 'dark', 'contrast']).to.include(root.dataset.govTheme);
    });
  }

  it('follows the system in "auto": a dark scheme, live', async () => {
    const el = await fixture<GovDisplaySettings>(html`<gov-display-settings></gov-display-settings>`);
    expect(root.dataset.govTheme).to.equal('light');
    await emulateMedia({ colorScheme: 'dark' });
    expect(el.resolvedTheme).to.equal('dark');
    await waitUntil(() => root.dataset.govTheme === 'dark', 'the page never turned dark');
    // A visitor's own choice wins over the system's.
    await choose(el, 'Sáng');
    expect(root.dataset.govTheme).to.equal('light');
  });

  it('leaves colours to the system under forced colours', async () => {
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ size: 'normal', theme: 'dark' }));
    const el = await fixture<GovDisplaySettings>(html`<gov-display-settings></gov-display-settings>`);
    expect(el.resolvedTheme).to.equal('light');
    expect(root.dataset.govTheme).to.equal('light');
  });

  it('works from the keyboard: Tab into a group, arrows choose', async () => {
    const el = await fixture<GovDisplaySettings>(html`<gov-display-settings></gov-display-settings>`);
    option(el, 'Thường').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(checkedLabels(el)[0]).to.equal('Lớn');
    expect(root.dataset.govTextSize).to.equal('large');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(option(el, 'Tự động'));
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(root.dataset.govTheme).to.equal('light');
    expect(checkedLabels(el)[1]).to.equal('Sáng');
  });

  it('keeps two controls on a page in step', async () => {
    const wrap = await fixture(
      html`<div><gov-display-settings></gov-display-settings><gov-display-settings></gov-display-settings></div>`,
    );
    const [a, b] = wrap.querySelectorAll('gov-display-settings');
    await choose(a, 'Tối');
    await b.updateComplete;
    expect(checkedLabels(b)).to.deep.equal(['Thường', 'Tối']);
  });

  it('fits 320 px with 44 px targets, and is hidden in print', async () => {
    await setViewport({ width: 320, height: 640 });
    const wrap = await fixture(html`<div style="width: 100%"><gov-display-settings></gov-display-settings></div>`);
    const el = wrap.querySelector('gov-display-settings')!;
    await choose(el, 'Rất lớn');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const option of el.shadowRoot!.querySelectorAll('.option')) {
      expect(option.getBoundingClientRect().height).to.be.at.least(44);
      expect(option.getBoundingClientRect().right).to.be.at.most(320);
    }
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(el).display).to.equal('none');
  });
});
