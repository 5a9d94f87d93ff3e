import { expect } from '@open-wc/testing';
import { daysSince, formatDate, formatNumber, isPast, isoDay, parseDate } from '../../src/core/format.js';

describe('core/format', () => {
  it('parses ISO calendar dates without shifting them', () => {
    const d = parseDate('2020-03-31')!;
    expect(d.dateOnly).to.be.true;
    expect(formatDate(d, 'vi')).to.equal('31/03/2020');
    expect(formatDate(d, 'en')).to.equal('31 March 2020');
    // A far-west zone would move a UTC midnight to the day before; a calendar date must not move.
    expect(formatDate(d, 'vi', 'America/Los_Angeles')).to.equal('31/03/2020');
    expect(isoDay(d)).to.equal('2020-03-31');
  });

  it('parses dd/MM/yyyy as Vietnamese CMSs write it, with and without a time', () => {
    expect(formatDate(parseDate('05/10/2018')!, 'vi')).to.equal('05/10/2018');
    // English names the month: '5 January 2018', never '1/5/2018', which reads as 1 May in Britain.
    expect(formatDate(parseDate('5/1/2018')!, 'en')).to.equal('5 January 2018');
    const withTime = parseDate('31/03/2020 14:30')!;
    expect(withTime.dateOnly).to.be.false;
    expect(withTime.time.getHours()).to.equal(14);
  });

  it('parses RFC 822 and full ISO timestamps, shown in the given time zone', () => {
    const rfc = parseDate('Tue, 31 Mar 2020 23:30:00 +0000')!;
    expect(rfc.dateOnly).to.be.false;
    expect(formatDate(rfc, 'vi', 'Asia/Ho_Chi_Minh')).to.equal('01/04/2020');
    expect(formatDate(rfc, 'vi', 'UTC')).to.equal('31/03/2020');
    const iso = parseDate('2020-03-31T08:00:00+07:00')!;
    expect(isoDay(iso, 'Asia/Ho_Chi_Minh')).to.equal('2020-03-31');
  });

  it('ignores an unknown time zone instead of throwing', () => {
    const d = parseDate('2020-03-31T12:00:00Z')!;
    expect(() => formatDate(d, 'vi', 'Mars/Olympus')).not.to.throw();
    // Ignored: the date is shown as without a zone (the visitor's own).
    expect(formatDate(d, 'vi', 'Mars/Olympus')).to.equal(formatDate(d, 'vi'));
    expect(formatDate(d, 'vi', 'Mars/Olympus')).to.match(/^\d{2}\/\d{2}\/2020$/);
    expect(isoDay(d, 'Mars/Olympus')).to.equal(isoDay(d));
  });

  it('rejects impossible and non-date input', () => {
    for (const bad of ['31/02/2020', '2020-13-01', 'hôm qua', '12345', '', null, 42, {}]) {
      expect(parseDate(bad), String(bad)).to.be.undefined;
    }
  });

  // The date forms feeds and CMSs write (docs/feeds.md lists the same 19). The instant each one
  // means is 06/12/2026 10:30 in Hà Nội (03:30 UTC) unless it says otherwise; zone-less times are
  // read in the element's time-zone, here Asia/Ho_Chi_Minh.
  const HANOI = 'Asia/Ho_Chi_Minh';
  const forms: [string, string][] = [
    ['2026-12-06', 'date 2026-12-06'],
    ['2026-12-06T10:30:00+07:00', '2026-12-06T03:30:00.000Z'],
    ['2026-12-06T03:30:00Z', '2026-12-06T03:30:00.000Z'],
    ['2026-12-06T10:30:00.250+0700', '2026-12-06T03:30:00.250Z'],
    ['2026-12-06T10:30:00', '2026-12-06T03:30:00.000Z'],
    ['2026-12-06 10:30:00', '2026-12-06T03:30:00.000Z'],
    ['2026-12-06 10:30', '2026-12-06T03:30:00.000Z'],
    ['06/12/2026', 'date 2026-12-06'],
    ['6/12/2026', 'date 2026-12-06'],
    ['06/12/2026 10:30', '2026-12-06T03:30:00.000Z'],
    ['06-12-2026 10:30:00', '2026-12-06T03:30:00.000Z'],
    ['Chủ nhật, 06/12/2026', 'date 2026-12-06'],
    ['Thứ hai, 07/12/2026 - 08:15', '2026-12-07T01:15:00.000Z'],
    ['Chủ nhật, 06/12/2026 10:30 GMT+7', '2026-12-06T03:30:00.000Z'],
    ['Chủ nhật, 6/12/2026, 10:30 (GMT+7)', '2026-12-06T03:30:00.000Z'],
    ['Sun, 06 Dec 2026 10:30:00 +0700', '2026-12-06T03:30:00.000Z'],
    ['Sun, 6 Dec 2026 03:30:00 GMT', '2026-12-06T03:30:00.000Z'],
    ['Sun, 06 Dec 26 10:30:00 +0700', '2026-12-06T03:30:00.000Z'],
    ['Sunday, 06 December 2026 10:30 GMT+07:00', '2026-12-06T03:30:00.000Z'],
  ];
  for (const [written, meant] of forms) {
    it(`reads "${written}"`, () => {
      const d = parseDate(written, HANOI);
      expect(d, written).not.to.be.undefined;
      if (meant.startsWith('date ')) {
        expect(d!.dateOnly).to.be.true;
        expect(isoDay(d!)).to.equal(meant.slice(5));
      } else {
        expect(d!.dateOnly).to.be.false;
        expect(d!.time.toISOString()).to.equal(meant);
      }
    });
  }

  it('reads a zone-less time in the given zone, so a far-away visitor sees the day it was written', () => {
    // An evening post in Hà Nội is still 06/12 for the portal's readers, wherever the visitor is.
    const evening = parseDate('06/12/2026 21:00', HANOI)!;
    expect(evening.time.toISOString()).to.equal('2026-12-06T14:00:00.000Z');
    expect(formatDate(evening, 'vi', HANOI)).to.equal('06/12/2026');
    // A zone that changes its clocks: the offset of that day is used (Los Angeles, summer).
    expect(parseDate('2026-07-01 09:00', 'America/Los_Angeles')!.time.toISOString()).to.equal('2026-07-01T16:00:00.000Z');
    // Without a time zone the visitor's own is used, as before.
    expect(parseDate('06/12/2026 21:00')!.time.getHours()).to.equal(21);
  });

  it('calls impossible dates and times invalid, never rolling them over', () => {
    for (const bad of [
      '28/02/2020 25:99',
      '2020-02-28 24:60:60',
      '2020-02-28T24:00:00',
      '2020-02-28T23:59:60Z',
      '31/02/2020',
      '29/02/2021',
      '2020-02-30T10:00:00Z',
      'Sun, 31 Feb 2026 10:00:00 +0700',
      'Sun, 06 Dec 2026 10:30:00 +2500',
      'Sun, 06 Decoy 2026 10:30:00 +0700',
      '06/12/2026 10:30 hôm nay',
      'Sun, 06 Dec 2026 10:30:00 XYZ',
    ]) {
      expect(parseDate(bad, HANOI), bad).to.be.undefined;
    }
    expect(parseDate('29/02/2020')!.time.toISOString()).to.equal('2020-02-29T00:00:00.000Z');
  });

  it('groups numbers per locale', () => {
    expect(formatNumber(1116844, 'vi')).to.equal('1.116.844');
    expect(formatNumber(1116844, 'en')).to.equal('1,116,844');
  });

  it('treats a calendar date as lasting until the end of that day', () => {
    const day = parseDate('2020-03-31')!;
    expect(isPast(day, new Date(2020, 2, 31, 23, 59))).to.be.false;
    expect(isPast(day, new Date(2020, 3, 1, 0, 1))).to.be.true;
    const stamp = parseDate('2020-03-31T10:00:00Z')!;
    expect(isPast(stamp, new Date('2020-03-31T10:00:01Z'))).to.be.true;
  });

  it('counts calendar days since a date', () => {
    expect(daysSince(parseDate('2020-03-25')!, new Date(2020, 2, 31, 12))).to.equal(6);
    expect(daysSince(parseDate('2020-03-31')!, new Date(2020, 2, 31, 1))).to.equal(0);
  });
});
