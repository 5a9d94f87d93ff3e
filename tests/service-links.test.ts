import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { iconNames } from '../src/service-links/service-icons.js';
import '../src/service-links/service-links.js';
import type { GovServiceLinks, ServiceLink, ServiceLinkInput } from '../src/service-links/service-links.js';
import {
  all,
  expectLoadingSkeleton,
  fixtureUrl,
  heightMoveUntilReady,
  itShowsEachError,
  loadedAs,
  one,
  spoken,
  textOf,
  waitForState,
  warnings,
} from './helpers.js';

const layouts = ['list', 'grid', 'buttons'] as const;

const titles = (el: Element): string[] => all(el, '[part="title"]').map((t) => textOf(t));

const loaded = loadedAs<GovServiceLinks>;

/** The model page's quick links, grouped services and document systems. */
async function modelLinks(): Promise<ServiceLinkInput[]> {
  return ((await (await fetch('/tests/fixtures/services-groups.json')).json()) as { items: ServiceLinkInput[] }).items;
}

describe('<gov-service-links>', () => {
  describe('data sources', () => {
    it('renders the "Dịch vụ công trực tuyến" box from a JSON {items} src', async () => {
      const el = await loaded(html`<gov-service-links src="/demo/data/dich-vu-cong.json"></gov-service-links>`);
      expect(textOf(one(el, '[part="heading"]'))).to.equal('Dịch vụ công trực tuyến');
      expect(titles(el)).to.deep.equal([
        'Dịch vụ Công huyện Gia Lộc',
        'Bộ Thủ tục hành chính Huyện',
        'Kết quả giải quyết TTHC Huyện',
        'TTHC Tỉnh Hải Dương',
      ]);
      const links = all<HTMLAnchorElement>(el, 'a[part="link"]');
      expect(links[0].href).to.equal(new URL('/dich-vu-cong/', location.href).href);
      expect(links[3].href).to.equal('https://dichvucong.haiduong.gov.vn/');
      expect(all(el, 'ul[part="list"] > li[part="item"]')).to.have.length(4);
    });

    it('accepts a bare JSON array (the "Hệ thống văn bản" box)', async () => {
      const el = await loaded(
        html`<gov-service-links
          src=${fixtureUrl('demo/van-ban.json', '&as=array')}
          heading="Hệ thống văn bản"
        ></gov-service-links>`,
      );
      expect(textOf(one(el, '[part="heading"]'))).to.equal('Hệ thống văn bản');
      expect(titles(el)).to.have.length(5);
      expect(titles(el)[2]).to.equal('Văn bản QPPL');
    });

    it('reads an RSS feed: item links become the links, descriptions their descriptions', async () => {
      const el = await loaded(html`<gov-service-links src=${fixtureUrl('news.rss')}></gov-service-links>`);
      expect(titles(el)).to.have.length(5);
      expect(textOf(one(el, '[part="description"]'))).to.contain('Thường trực HĐND huyện Gia Lộc');
    });

    it('fires gov-load with the validated links', async () => {
      const el = document.createElement('gov-service-links');
      const event = oneEvent(el, 'gov-load');
      el.items = await modelLinks();
      document.body.append(el);
      const { detail } = (await event) as CustomEvent<{ items: ServiceLink[] }>;
      expect(detail.items).to.have.length(11);
      expect(detail.items[7]).to.deep.include({ title: 'Thư điện tử', url: 'https://mail.haiduong.gov.vn/', external: true });
      expect(detail.items[7].icon).to.deep.equal({ kind: 'builtin', name: 'mail' });
      el.remove();
    });
  });

  describe('groups', () => {
    it('lists links without a group first, then each group under its subheading, in order of first appearance', async () => {
      const el = await loaded(html`<gov-service-links heading="Liên kết" .items=${await modelLinks()}></gov-service-links>`);
      const lists = all(el, '[part="body"] ul[part="list"]');
      expect(lists).to.have.length(3);
      expect([...lists[0].querySelectorAll('[part="title"]')].map((t) => textOf(t))).to.deep.equal([
        'Lịch làm việc',
        'Thông báo mời họp',
        'Thư điện tử',
        'Học tập và làm theo lời Bác',
      ]);
      expect(lists[0].closest('[part="group"]')).to.equal(null);
      const groups = all(el, '[part="group"]');
      expect(groups.map((g) => textOf(g.querySelector('[part="group-heading"]')))).to.deep.equal([
        'Dịch vụ công trực tuyến',
        'Hệ thống văn bản',
      ]);
      expect([...groups[0].querySelectorAll('[part="title"]')].map((t) => textOf(t))).to.deep.equal([
        'Dịch vụ Công huyện Gia Lộc',
        'Bộ Thủ tục hành chính Huyện',
        'Kết quả giải quyết TTHC Huyện',
        'TTHC Tỉnh Hải Dương',
      ]);
      expect(groups[1].querySelectorAll('li')).to.have.length(3);
      // Each group's list is named by its subheading.
      const heading = groups[1].querySelector('[part="group-heading"]')!;
      expect(groups[1].querySelector('ul')!.getAttribute('aria-labelledby')).to.equal(heading.id);
      await expect(el).to.be.accessible();
    });

    it('shows at most `limit` links, counted in data order before grouping', async () => {
      const links = await modelLinks();
      const el = await loaded(html`<gov-service-links limit="3" .items=${links}></gov-service-links>`);
      expect([...titles(el)].sort()).to.deep.equal(
        links
          .slice(0, 3)
          .map((l) => l.title)
          .sort(),
      );
      el.limit = 0;
      await el.updateComplete;
      expect(titles(el)).to.have.length(links.length);
    });

    it('gives subheadings the level under the heading', async () => {
      const el = await loaded(html`<gov-service-links .items=${await modelLinks()}></gov-service-links>`);
      expect(one(el, '[part="heading"]').getAttribute('aria-level')).to.equal('2');
      expect(all(el, '[part="group-heading"]').map((h) => [h.getAttribute('role'), h.getAttribute('aria-level')])).to.deep.equal([
        ['heading', '3'],
        ['heading', '3'],
      ]);
      el.headingLevel = 4;
      await el.updateComplete;
      expect(one(el, '[part="group-heading"]').getAttribute('aria-level')).to.equal('5');
      el.headingLevel = 6;
      await el.updateComplete;
      expect(one(el, '[part="group-heading"]').getAttribute('aria-level')).to.equal('6');
    });

    it('has no subheading when no link has a group', async () => {
      const el = await loaded(html`<gov-service-links src="/demo/data/dich-vu-cong.json"></gov-service-links>`);
      expect(all(el, '[part="group"], [part="group-heading"]')).to.have.length(0);
    });
  });

  describe('external links', () => {
    it('marks links to another site visibly and for screen readers, and only those', async () => {
      const el = await loaded(
        html`<gov-service-links
          .items=${[
            { title: 'Dịch vụ Công huyện Gia Lộc', url: '/dich-vu-cong/' },
            { title: 'Cùng trang, địa chỉ đầy đủ', url: `${location.origin}/lich-lam-viec.html` },
            { title: 'TTHC Tỉnh Hải Dương', url: 'https://dichvucong.haiduong.gov.vn/' },
            { title: 'Gửi thư', url: 'mailto:vanthu@gialoc.gov.vn' },
            { title: 'Đường dây nóng', url: 'tel:+842203716000' },
          ]}
        ></gov-service-links>`,
      );
      const links = all<HTMLAnchorElement>(el, 'a[part="link"]');
      expect(links.map((a) => spoken(a))).to.deep.equal([
        'Dịch vụ Công huyện Gia Lộc',
        'Cùng trang, địa chỉ đầy đủ',
        'TTHC Tỉnh Hải Dương (trang ngoài)',
        'Gửi thư',
        'Đường dây nóng',
      ]);
      const marks = all(el, '[part="external"]');
      expect(marks).to.have.length(1);
      expect(links[2].contains(marks[0])).to.be.true;
      expect(marks[0].getAttribute('aria-hidden')).to.equal('true');
      expect(marks[0].getBoundingClientRect().width).to.be.greaterThan(8);
      // Without new-window, nothing opens a new window.
      expect(links.some((a) => a.hasAttribute('target'))).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('opens external links in a new window with new-window, safely, and says so', async () => {
      const el = await loaded(html`<gov-service-links new-window .items=${await modelLinks()}></gov-service-links>`);
      const links = all<HTMLAnchorElement>(el, 'a[part="link"]');
      const external = links.filter((a) => a.target === '_blank');
      expect(external.map((a) => a.href)).to.deep.equal([
        'https://mail.haiduong.gov.vn/',
        'https://dichvucong.haiduong.gov.vn/',
        'https://vbpl.vn/',
        'https://congbao.haiduong.gov.vn/',
      ]);
      for (const a of external) {
        expect(a.rel).to.equal('noopener noreferrer');
        expect(spoken(a)).to.match(/\(trang ngoài, mở cửa sổ mới\)$/);
      }
      const internal = links.filter((a) => !a.hasAttribute('target'));
      expect(internal).to.have.length(7);
      for (const a of internal) {
        expect(a.hasAttribute('rel')).to.be.false;
        expect(spoken(a)).not.to.contain('(');
      }
      el.lang = 'en';
      await aTimeout(0);
      await el.updateComplete;
      expect(spoken(external[0])).to.equal('Thư điện tử (external site, opens in a new window)');
      await expect(el).to.be.accessible();
    });
  });

  describe('icons', () => {
    it('draws every built-in icon by its English or Vietnamese name, case-insensitively, hidden from screen readers', async () => {
      const el = await loaded(
        html`<gov-service-links
          .items=${iconNames.map((icon, i) => ({ title: `Liên kết ${i}`, url: `/l/${i}`, icon }))}
        ></gov-service-links>`,
      );
      const svgs = all<SVGElement>(el, 'svg[part="icon"]');
      expect(svgs).to.have.length(iconNames.length);
      for (const svg of svgs) {
        expect(svg.getAttribute('aria-hidden')).to.equal('true');
        expect(svg.querySelector('path')!.getAttribute('d')!.length).to.be.within(10, 120);
        expect(svg.getBoundingClientRect().width).to.be.greaterThan(15);
      }
      const classes = (items: ServiceLinkInput[]): Promise<string[]> => {
        el.items = items;
        return el.updateComplete.then(() => all(el, 'svg[part="icon"]').map((s) => s.getAttribute('class')!));
      };
      expect(
        await classes([
          { title: 'a', url: '/a', icon: 'dich-vu-cong' },
          { title: 'b', url: '/b', icon: 'Van-Ban' },
          { title: 'c', url: '/c', icon: ' lich ' },
          { title: 'd', url: '/d', icon: 'thu-dien-tu' },
          { title: 'e', url: '/e', icon: 'thong-bao' },
          { title: 'f', url: '/f', icon: 'tra-cuu' },
          { title: 'g', url: '/g', icon: 'LINK' },
        ]),
      ).to.deep.equal([
        'icon icon-service',
        'icon icon-document',
        'icon icon-calendar',
        'icon icon-mail',
        'icon icon-notice',
        'icon icon-search',
        'icon icon-link',
      ]);
    });

    it('shows an icon URL as a decorative image, and drops unknown names and disallowed URLs but keeps the link', async () => {
      const seen = await warnings(async () => {
        const el = await loaded(
          html`<gov-service-links
            .items=${[
              { title: 'Ảnh', url: '/a', icon: '/demo/images/tin-1.svg' },
              { title: 'Tên lạ', url: '/b', icon: 'khong-co' },
              { title: 'JS', url: '/c', icon: 'javascript:alert(1)' },
              { title: 'Data', url: '/d', icon: 'data:image/svg+xml,<svg onload=alert(1)>' },
            ]}
          ></gov-service-links>`,
        );
        expect(titles(el)).to.have.length(4);
        const imgs = all<HTMLImageElement>(el, 'img');
        expect(imgs).to.have.length(1);
        expect(imgs[0].getAttribute('src')).to.equal(new URL('/demo/images/tin-1.svg', location.href).href);
        expect(imgs[0].alt).to.equal('');
        expect(imgs[0].getAttribute('width')).to.equal('24');
        expect(imgs[0].getAttribute('loading')).to.equal('lazy');
        expect(all(el, 'svg[part="icon"]')).to.have.length(0);
        await expect(el).to.be.accessible();
      });
      expect(seen).to.have.length(1);
      expect(seen[0]).to.contain('unknown icon name "khong-co"');
    });
  });

  describe('descriptions', () => {
    it('shows a description under its link and ties it to the link for screen readers', async () => {
      const el = await loaded(html`<gov-service-links src="/tests/fixtures/services-described.json"></gov-service-links>`);
      const link = one<HTMLAnchorElement>(el, 'a[part="link"]');
      const description = one(el, '[part="description"]');
      expect(textOf(description)).to.equal('Nộp hồ sơ, theo dõi và nhận kết quả thủ tục hành chính của huyện.');
      expect(link.getAttribute('aria-describedby')).to.equal(description.id);
      expect(link.contains(description)).to.be.false;
      expect(all(el, '[aria-describedby]')).to.have.length(1);
    });
  });

  describe('layouts', () => {
    for (const layout of layouts) {
      it(`renders and is accessible in the ${layout} layout`, async () => {
        const el = await loaded(
          html`<gov-service-links layout=${layout} new-window .items=${await modelLinks()}></gov-service-links>`,
        );
        // The layout is drawn: a plain list, or the tiles' and buttons' grid.
        expect(getComputedStyle(one(el, 'ul[part="list"]')).display).to.equal(layout === 'list' ? 'block' : 'grid');
        expect(titles(el)).to.have.length(11);
        await expect(el).to.be.accessible();
      });
    }

    it('puts tiles side by side in the grid layout', async () => {
      const wrapper = await fixture(
        html`<div style="width: 640px">
          <gov-service-links layout="grid" src="/demo/data/dich-vu-cong.json"></gov-service-links>
        </div>`,
      );
      const el = wrapper.querySelector('gov-service-links')!;
      await waitForState(el, 'ready');
      const tiles = all(el, 'li[part="item"]').map((li) => li.getBoundingClientRect());
      expect(tiles[1].top).to.equal(tiles[0].top);
      expect(tiles[1].left).to.be.greaterThan(tiles[0].right - 1);
      expect(one(el, 'svg[part="icon"]').getBoundingClientRect().width).to.be.greaterThan(30);
    });

    it('draws coloured buttons, large enough to touch, in the buttons layout', async () => {
      const el = await loaded(html`<gov-service-links layout="buttons" src="/demo/data/dich-vu-cong.json"></gov-service-links>`);
      const link = one(el, 'a[part="link"]');
      expect(getComputedStyle(link).backgroundColor).to.equal('rgb(11, 74, 139)');
      expect(getComputedStyle(link).color).to.equal('rgb(255, 255, 255)');
      expect(link.getBoundingClientRect().height).to.be.at.least(44);
    });

    it('falls back to the list look for an unknown layout', async () => {
      const el = await loaded(html`<gov-service-links layout="carousel" src="/demo/data/dich-vu-cong.json"></gov-service-links>`);
      expect(titles(el)).to.have.length(4);
      expect(getComputedStyle(one(el, 'ul[part="list"]')).display).to.equal('block');
    });

    for (const layout of layouts) {
      it(`fits 320 px in the ${layout} layout, long Vietnamese titles wrapping`, async () => {
        const long =
          'Thông báo Ý kiến kết luận, chỉ đạo của Chủ tịch UBND huyện tại Hội nghị về phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona';
        const items = [...(await modelLinks()), { title: long, url: 'https://haiduong.gov.vn/thong-bao.html', icon: 'notice' }];
        const wrapper = await fixture(
          html`<div style="width: 320px">
            <gov-service-links layout=${layout} new-window .items=${items}></gov-service-links>
          </div>`,
        );
        const el = wrapper.querySelector('gov-service-links')!;
        await waitForState(el, 'ready');
        const box = one(el, '[part="box"]');
        expect(box.scrollWidth).to.be.at.most(box.clientWidth);
        const right = wrapper.getBoundingClientRect().right;
        for (const a of all(el, 'a[part="link"]')) expect(a.getBoundingClientRect().right).to.be.at.most(right);
        const title = all(el, '[part="title"]').find((t) => textOf(t) === long)!;
        expect(title.getBoundingClientRect().height).to.be.greaterThan(60); // wrapped on several lines
      });
    }
  });

  describe('keyboard', () => {
    it('reaches every link with Tab, in reading order, with a visible focus outline', async () => {
      const el = await loaded(html`<gov-service-links layout="grid" .items=${await modelLinks()}></gov-service-links>`);
      const links = all<HTMLAnchorElement>(el, 'a[part="link"]');
      expect(links).to.have.length(11);
      const before = document.createElement('button');
      before.textContent = 'trước';
      el.before(before);
      before.focus();
      try {
        for (const link of links) {
          await sendKeys({ press: 'Tab' });
          expect(el.shadowRoot!.activeElement).to.equal(link);
          const style = getComputedStyle(link);
          expect(style.outlineStyle).to.equal('solid');
          expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
        }
      } finally {
        before.remove();
      }
    });
  });

  describe('states', () => {
    it('shows a skeleton that reserves the space of a five-link list while loading', async () => {
      const el = await fixture<GovServiceLinks>(
        html`<gov-service-links src=${fixtureUrl('demo/van-ban.json', '&as=array&delay=400')}></gov-service-links>`,
      );
      // Screen readers get the status only: the rows' invisible placeholder text is aria-hidden.
      expectLoadingSkeleton(el);
      expect(all(el, '[part="skeleton"] > span[aria-hidden]')).to.have.length(5);
      expect(await heightMoveUntilReady(el)).to.be.below(2);
    });

    it('prints no skeleton: a page printed while the links load shows no grey bars', async () => {
      const el = await fixture<GovServiceLinks>(
        html`<gov-service-links src=${fixtureUrl('demo/dich-vu-cong.json', '&delay=2000')}></gov-service-links>`,
      );
      const skeleton = one(el, '[part="skeleton"]');
      expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(100);
      try {
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(skeleton).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('shapes the skeleton like the grid and the buttons', async () => {
      const grid = await fixture<GovServiceLinks>(
        html`<gov-service-links layout="grid" src=${fixtureUrl('demo/dich-vu-cong.json', '&delay=300')}></gov-service-links>`,
      );
      expect(all(grid, '[part="skeleton"] > span[aria-hidden]')).to.have.length(6);
      expect(one(grid, '[part="skeleton"]').getBoundingClientRect().height).to.be.greaterThan(90);
      const buttons = await fixture<GovServiceLinks>(
        html`<gov-service-links layout="buttons" src=${fixtureUrl('demo/dich-vu-cong.json', '&delay=300')}></gov-service-links>`,
      );
      expect(all(buttons, '[part="skeleton"] > span[aria-hidden]')).to.have.length(4);
      expect(one(buttons, '[part="skeleton"]').getBoundingClientRect().height).to.be.greaterThan(180);
      // Placeholder buttons are grey, not the primary colour, and their text is invisible.
      const ghost = getComputedStyle(one(buttons, '[part="skeleton"] .link'));
      expect(ghost.backgroundColor).to.equal('rgb(227, 232, 238)');
      expect(ghost.color).to.equal('rgba(0, 0, 0, 0)');
      await waitForState(grid, 'ready');
      await waitForState(buttons, 'ready');
    });

    it('reserves `limit` rows while loading (at most 24)', async () => {
      const rows = async (limit: string): Promise<number> => {
        const el = await fixture<GovServiceLinks>(
          html`<gov-service-links limit=${limit} src=${fixtureUrl('demo/dich-vu-cong.json', '&delay=300')}></gov-service-links>`,
        );
        expect(el.state).to.equal('loading');
        return all(el, '[part="skeleton"] > span[aria-hidden]').length;
      };
      expect(await rows('3')).to.equal(3);
      expect(await rows('8')).to.equal(8);
      expect(await rows('1000')).to.equal(24);
    });

    it('shows the empty message for an empty list, in each layout', async () => {
      for (const layout of layouts) {
        const el = await fixture<GovServiceLinks>(html`<gov-service-links layout=${layout} .items=${[]}></gov-service-links>`);
        await waitForState(el, 'empty');
        expect(textOf(one(el, '[part="message"]'))).to.equal('Chưa có dữ liệu.');
        await expect(el).to.be.accessible();
      }
    });

    // Its own bad data (the shared failure table is in tests/contract.test.ts).
    itShowsEachError('gov-service-links', [
      ['a string', '/api/body?text=%22Dich%20vu%20cong%22', 'không đúng cấu trúc', 'Expected an array'],
      [
        'no usable link',
        '/api/body?text=%5B%7B%22title%22%3A%22Kh%C3%B4ng%20c%C3%B3%20url%22%7D%5D',
        'không có mục nào hợp lệ',
        'None of the 1',
      ],
    ]);

    it('is accessible in the error state in every layout', async () => {
      for (const layout of layouts) {
        const el = await fixture<GovServiceLinks>(
          html`<gov-service-links layout=${layout} src="/api/status?code=404"></gov-service-links>`,
        );
        await waitForState(el, 'error');
        // One live message (only the page's first failing box is an alert).
        expect(all(el, '[part="message"]:is([role="alert"], [role="status"])')).to.have.length(1);
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('security', () => {
    it('skips links whose url is missing or not allowed, with a warning, and shows markup as text', async () => {
      let el!: GovServiceLinks;
      const seen = await warnings(async () => {
        el = await loaded(html`<gov-service-links src=${fixtureUrl('services-hostile.json')}></gov-service-links>`);
        await aTimeout(50);
      });
      expect(seen.filter((w) => w.includes('is not allowed'))).to.have.length(5);
      expect(seen.filter((w) => w.includes('has no "url"'))).to.have.length(1);
      expect(seen.filter((w) => w.includes('has no "title"'))).to.have.length(1);
      expect(titles(el)).to.deep.equal(['Icon data', '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>']);
      expect(textOf(one(el, '[part="description"]'))).to.equal('<b onmouseover="window.__pwned=1">mô tả</b>');
      expect(textOf(one(el, '[part="group-heading"]'))).to.equal('<i>Nhóm</i>');
      expect(all<HTMLAnchorElement>(el, 'a').map((a) => new URL(a.href).pathname)).to.deep.equal([
        '/lich-lam-viec.html',
        '/van-ban/an-toan.html',
      ]);
      expect(all(el, 'img, script, b, i, [part="icon"]')).to.have.length(0);
      expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    });

    it('is an error, not an empty list, when every link is disallowed', async () => {
      await warnings(async () => {
        const el = await fixture<GovServiceLinks>(
          html`<gov-service-links .items=${[{ title: 'x', url: 'javascript:alert(1)' }]}></gov-service-links>`,
        );
        await waitForState(el, 'error');
        expect(el.state).to.equal('error');
        expect(all(el, 'a')).to.have.length(0);
      });
    });
  });

  describe('language', () => {
    it('uses English labels under an English ancestor, and follows lang changes', async () => {
      const wrapper = await fixture(
        html`<div lang="en"><gov-service-links src="/demo/data/dich-vu-cong.json"></gov-service-links></div>`,
      );
      const el = wrapper.querySelector('gov-service-links')!;
      await waitForState(el, 'ready');
      expect(textOf(one(el, '[part="heading"]'))).to.equal('Online public services');
      expect(spoken(all(el, 'a')[3])).to.equal('TTHC Tỉnh Hải Dương (external site)');
      wrapper.setAttribute('lang', 'vi');
      await aTimeout(0);
      await el.updateComplete;
      expect(textOf(one(el, '[part="heading"]'))).to.equal('Dịch vụ công trực tuyến');
      expect(spoken(all(el, 'a')[3])).to.equal('TTHC Tỉnh Hải Dương (trang ngoài)');
    });
  });
});
