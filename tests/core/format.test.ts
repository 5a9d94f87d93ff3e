import { expect } from '@open-wc/testing';
import { daysSince, formatDate, formatNumber, isPast, isoDay, parseDate } from '../../src/core/format.js';

describe('core/format', () => {
  it('parses ISO calendar dates without shifting them', () => {
    const d = parseDate('2020-03-31')!;
    expect(d.dateOnly).to.be.true;
    expect(formatDate(d, 'vi')).to.equal('31/03/2020');
    expect(formatDate(d, 'en')).to.equal('3/31/2020');
    // A far-west zone would move a UTC midnight to the day before; a calendar date must not move.
    expect(formatDate(d, 'vi', 'America/Los_Angeles')).to.equal('31/03/2020');
    expect(isoDay(d)).to.equal('2020-03-31');
  });

  it('parses dd/MM/yyyy as Vietnamese CMSs write it, with and without a time', () => {
    expect(formatDate(parseDate('05/10/2018')!, 'vi')).to.equal('05/10/2018');
    expect(formatDate(parseDate('5/1/2018')!, 'en')).to.equal('1/5/2018');
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
