// Checked by `tsc -b`, never rendered: wrong props and handlers must not compile.
import { GovNewsList, GovVideoList } from 'gov-portal-elements/react';

export function WrongUses() {
  return (
    <>
      {/* @ts-expect-error `limit` is a number */}
      <gov-news-list limit="năm" />
      {/* @ts-expect-error a notice board has no `scroll` property (Element.prototype.scroll): use `ticker` */}
      <gov-notice-board scroll />
      {/* @ts-expect-error a news list's gov-load detail has items, not counts */}
      <gov-news-list ongov-load={(e) => e.detail.counts} />
      {/* @ts-expect-error `items` takes news items, not strings */}
      <GovNewsList items={['Tin 1']} />
      {/* @ts-expect-error gov-video-play's detail is { item } */}
      <GovVideoList onGovVideoPlay={(e) => e.detail.items} />
    </>
  );
}
