// The feed corpus: per real feed (tests/fixtures/feeds/, SOURCES.md says where each comes from),
// how the test server answers it and what a reader must see. Read by tests/core/feed-corpus.test.ts
// and by bench/feedsmith-compare.mjs (the same table, run through feedsmith).

/** The portals' zone: zone-less times are read, and dates shown, in it. */
export const HANOI = 'Asia/Ho_Chi_Minh';
/** A URL on the test server itself (where relative links in a feed end up). */
const here = (path: string): string => new URL(path, location.origin).href;

/** An item as a reader sees it. */
export interface Seen {
  title: string;
  url?: string;
  /** The instant (ISO, UTC) or, for a calendar date, `day YYYY-MM-DD`. */
  date?: string;
  /** The date as the list shows it in Vietnamese. */
  shown?: string;
  image?: string;
}

/** One feed, as served, and what must come of it. */
export interface Case {
  file: string;
  /** Query added to the feed route: `ct=` (Content-Type sent), `moved=1` (a redirect first). */
  served?: string;
  state: 'ready' | 'error';
  count?: number;
  first?: Seen[];
  /** For errors: what the console/`gov-error` message says. */
  error?: RegExp;
}

const rfc = (iso: string, shown: string): Pick<Seen, 'date' | 'shown'> => ({ date: iso, shown });

/** The feeds and what each must show. */
export const corpus: Case[] = [
  // ---- NukeViet (assets/tpl/rss.tpl): the CMS of most district and commune portals ----
  {
    file: 'nukeviet-news.rss',
    state: 'ready',
    count: 5,
    first: [
      {
        title: 'Huyện ủy Gia Lộc tổ chức hội nghị trực tuyến chỉ đạo đợt cao điểm phòng chống dịch',
        url: 'https://gialoc.haiduong.gov.vn/tin-tuc/thoi-su/bai-viet-120.html', // not the guid "news_120"
        ...rfc('2026-12-06T03:12:00.000Z', '06/12/2026'),
        image: 'https://gialoc.haiduong.gov.vn/uploads/news/2026_12/anh-1.jpg', // the description's <img>
      },
      {
        title: 'Thường trực HĐND huyện tổ chức hội nghị chuyên đề về tiếp xúc cử tri',
        url: 'https://gialoc.haiduong.gov.vn/tin-tuc/thoi-su/bai-viet-121.html',
        ...rfc('2026-12-05T09:12:15.000Z', '05/12/2026'),
        image: 'https://gialoc.haiduong.gov.vn/uploads/news/2026_12/anh-2.jpg',
      },
    ],
  },
  {
    // Relative pictures, blank lines before <?xml, and PHP's default text/html.
    file: 'nukeviet-relative-images.rss',
    served: 'ct=text/html;%20charset=UTF-8',
    state: 'ready',
    count: 5,
    first: [
      {
        title: 'Huyện ủy Gia Lộc tổ chức hội nghị trực tuyến chỉ đạo đợt cao điểm phòng chống dịch',
        url: 'https://gialoc.haiduong.gov.vn/tin-tuc/thoi-su/bai-viet-120.html',
        ...rfc('2026-12-06T03:12:00.000Z', '06/12/2026'),
        image: here('/uploads/news/2026_12/anh-1.jpg'),
      },
    ],
  },
  {
    // nv_rss_generate's ISO8601 time mode, and no Content-Type at all.
    file: 'nukeviet-iso8601.rss',
    served: 'ct=none',
    state: 'ready',
    count: 5,
    first: [
      {
        title: 'Huyện ủy Gia Lộc tổ chức hội nghị trực tuyến chỉ đạo đợt cao điểm phòng chống dịch',
        url: 'https://gialoc.haiduong.gov.vn/tin-tuc/thoi-su/bai-viet-120.html',
        ...rfc('2026-12-06T03:30:00.000Z', '06/12/2026'),
        image: 'https://gialoc.haiduong.gov.vn/uploads/news/2026_12/anh-1.jpg',
      },
    ],
  },
  {
    // Declared in the XML prolog only; the server says nothing about the charset.
    file: 'nukeviet-windows-1258.rss',
    served: 'ct=text/xml',
    state: 'ready',
    count: 5,
    first: [
      {
        title: 'Huyện ủy Gia Lộc tổ chức hội nghị trực tuyến chỉ đạo đợt cao điểm phòng chống dịch',
        url: 'https://gialoc.haiduong.gov.vn/tin-tuc/thoi-su/bai-viet-120.html',
        ...rfc('2026-12-06T03:12:00.000Z', '06/12/2026'),
        image: 'https://gialoc.haiduong.gov.vn/uploads/news/2026_12/anh-1.jpg',
      },
    ],
  },
  {
    // UTF-8 behind a server's default charset=ISO-8859-1: read as the UTF-8 it is, not as mojibake.
    file: 'nukeviet-news.rss',
    served: 'ct=text/html;%20charset=ISO-8859-1',
    state: 'ready',
    count: 5,
    first: [{ title: 'Huyện ủy Gia Lộc tổ chức hội nghị trực tuyến chỉ đạo đợt cao điểm phòng chống dịch' }],
  },
  // ---- WordPress (wp-includes/feed-rss2.php, feed-atom.php) ----
  {
    file: 'wordpress-rss2.xml',
    served: 'ct=text/xml;%20charset=UTF-8',
    state: 'ready',
    count: 3,
    first: [
      {
        title: 'Hội nghị tổng kết năm 2026 – huyện Gia Lộc',
        url: 'https://tintuc.gialoc.vn/2026/12/06/bai-viet-1/',
        ...rfc('2026-12-06T03:30:00.000Z', '06/12/2026'),
        image: 'https://tintuc.gialoc.vn/wp-content/uploads/2026/12/anh-1-1024x576.jpg', // from content:encoded
      },
      {
        title: 'Giá lúa “tăng nhẹ” trong tuần',
        url: 'https://tintuc.gialoc.vn/2026/12/05/bai-viet-2/',
        ...rfc('2026-12-05T01:00:00.000Z', '05/12/2026'),
        image: 'https://tintuc.gialoc.vn/wp-content/uploads/2026/12/anh-2-1024x576.jpg',
      },
      {
        // Escaped twice by a plugin (&amp;#8211;): still the dash and quotes a reader expects.
        title: 'Gia Lộc – vùng đất "địa linh"',
        url: 'https://tintuc.gialoc.vn/2026/12/04/bai-viet-3/',
        ...rfc('2026-12-04T23:45:00.000Z', '05/12/2026'),
        image: 'https://tintuc.gialoc.vn/wp-content/uploads/2026/12/anh-3-1024x576.jpg',
      },
    ],
  },
  {
    file: 'wordpress-atom.xml',
    served: 'ct=application/atom%2Bxml;%20charset=UTF-8',
    state: 'ready',
    count: 3,
    first: [
      {
        title: 'Hội nghị tổng kết năm 2026 – huyện Gia Lộc',
        url: 'https://tintuc.gialoc.vn/2026/12/06/bai-viet-1/',
        // <published>, not the later <updated> edit date.
        ...rfc('2026-12-05T03:30:00.000Z', '05/12/2026'),
        // A relative <img> in content, against that content's xml:base.
        image: 'https://tintuc.gialoc.vn/2026/12/06/bai-viet-1/anh-1.jpg',
      },
      {
        title: 'Giá lúa “tăng nhẹ” trong tuần',
        url: 'https://tintuc.gialoc.vn/2026/12/05/bai-viet-2/',
        ...rfc('2026-12-04T04:30:00.000Z', '04/12/2026'),
        image: 'https://tintuc.gialoc.vn/2026/12/05/bai-viet-2/anh-2.jpg',
      },
      {
        title: 'Đường làng <mới> ở Quang Minh', // escaped inside the html title: text, shown as written
        url: 'https://tintuc.gialoc.vn/2026/12/04/bai-viet-3/',
        ...rfc('2026-12-03T05:30:00.000Z', '03/12/2026'),
        image: 'https://tintuc.gialoc.vn/2026/12/04/bai-viet-3/anh-3.jpg',
      },
    ],
  },
  // ---- Joomla and Drupal ----
  {
    file: 'joomla-category.rss',
    state: 'ready',
    count: 3,
    first: [
      {
        title: 'Kế hoạch tổ chức Lễ hội đình Quang Minh',
        url: 'https://quangminh.gialoc.gov.vn/index.php/tin-tuc/40-bai-viet',
        ...rfc('2026-12-06T03:30:00.000Z', '06/12/2026'),
        image: 'https://quangminh.gialoc.gov.vn/images/tin-tuc/anh-1.jpg',
      },
      {
        title: 'Tập huấn chuyển đổi số cho cán bộ xã',
        url: 'https://quangminh.gialoc.gov.vn/index.php/tin-tuc/41-bai-viet',
        ...rfc('2026-12-05T01:00:00.000Z', '05/12/2026'),
        image: 'https://quangminh.gialoc.gov.vn/images/tin-tuc/anh-2.jpg',
      },
      { title: 'Gia Lộc & Thanh Miện ký kết hợp tác', url: 'https://quangminh.gialoc.gov.vn/index.php/tin-tuc/42-bai-viet' },
    ],
  },
  {
    // Escaped HTML descriptions, root-relative pictures against the channel's xml:base, guid "12 at …".
    file: 'drupal-views.rss',
    state: 'ready',
    count: 3,
    first: [
      {
        title: 'Thông báo tuyển dụng viên chức năm 2026',
        url: 'https://ubnd.gialoc.gov.vn/node/12',
        ...rfc('2026-12-06T03:30:00.000Z', '06/12/2026'),
        image: 'https://ubnd.gialoc.gov.vn/sites/default/files/2026-12/anh-1.jpg',
      },
    ],
  },
  // ---- Vietnamese news sites ----
  {
    // VnExpress: the picture is an <img> inside the description; </br> separates it from the text.
    file: 'vnexpress-tin-moi-nhat.rss',
    state: 'ready',
    count: 3,
    first: [
      {
        title: 'Bể bơi dát vàng trong biệt thự nơi tổng thống Putin nghỉ dưỡng',
        url: 'http://dulich.vnexpress.net/tin-tuc/anh-video/be-boi-dat-vang-trong-biet-thu-noi-tong-thong-putin-nghi-duong-3634646.html',
        ...rfc('2017-08-30T13:03:00.000Z', '30/08/2017'),
        image: 'https://i-dulich.vnecdn.net/2017/08/30/1-1504063223_180x108.jpg',
      },
      {
        title: 'Thứ trưởng Giao thông nói về đề xuất nhà đầu tư Trung Quốc xây sân bay Long Thành',
        url: 'http://kinhdoanh.vnexpress.net/tin-tuc/doanh-nghiep/thu-truong-giao-thong-noi-ve-de-xuat-nha-dau-tu-trung-quoc-xay-san-bay-long-thanh-3635044.html',
        ...rfc('2017-08-30T13:00:38.000Z', '30/08/2017'),
        image: 'https://i-kinhdoanh.vnecdn.net/2017/08/30/Nguyen-Ngoc-Dong-2539-1504097324_180x108.jpg',
      },
    ],
  },
  {
    // A Laravel site: zone-less "Y-m-d H:i:s" dates (read in Hà Nội time), links relative to the
    // feed's folder, served as text/html after a redirect: they resolve against the final URL.
    file: 'laravel-vn.rss',
    served: 'ct=text/html;%20charset=UTF-8&moved=1',
    state: 'ready',
    count: 3,
    first: [
      {
        title: 'Xã Nhật Tân ra quân làm giao thông nông thôn',
        url: here('/api/feed/chuyen-muc/tin-tuc/bai-viet-70.html'),
        // 21:15 in Hà Nội: still 06/12 there, whatever the visitor's own zone.
        ...rfc('2026-12-06T14:15:00.000Z', '06/12/2026'),
        image: here('/api/feed/chuyen-muc/storage/posts/anh-1.jpg'),
      },
      {
        title: 'Hội thi "Nhà nông đua tài" năm 2026',
        url: here('/api/feed/chuyen-muc/tin-tuc/bai-viet-71.html'),
        ...rfc('2026-12-05T00:30:00.000Z', '05/12/2026'),
        image: here('/api/feed/chuyen-muc/storage/posts/anh-2.jpg'),
      },
    ],
  },
  // ---- Video feeds: a video is never taken for the picture ----
  {
    file: 'youtube-channel.atom',
    state: 'ready',
    count: 2,
    first: [
      {
        title: 'Bản tin Gia Lộc tuần 49',
        url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        ...rfc('2026-12-06T03:30:00.000Z', '06/12/2026'),
        image: 'https://i1.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg',
      },
    ],
  },
  {
    file: 'media-video.rss',
    state: 'ready',
    count: 2,
    first: [
      {
        title: 'Bản tin thời sự ngày 06/12/2026',
        url: 'https://gialoc.haiduong.gov.vn/video/ban-tin-0612.html',
        ...rfc('2026-12-06T11:00:00.000Z', '06/12/2026'),
        image: 'https://gialoc.haiduong.gov.vn/uploads/video/ban-tin-0612.jpg',
      },
      {
        title: 'Bản tin thời sự ngày 05/12/2026',
        url: 'https://gialoc.haiduong.gov.vn/video/ban-tin-0512.html',
        ...rfc('2026-12-05T11:00:00.000Z', '05/12/2026'),
        image: undefined, // only an .mp4 media:content and a video/mp4 enclosure
      },
    ],
  },
  // ---- Atom text constructs and xml:base (RFC 4287) ----
  {
    file: 'atom-text-constructs.atom',
    state: 'ready',
    count: 2,
    first: [
      {
        title: 'Vì sao không dùng thẻ <blink> trên cổng thông tin', // type="text": markup stays visible text
        url: 'https://gialoc.haiduong.gov.vn/tin-tuc/bai-viet/the-blink.html',
        ...rfc('2026-12-06T03:00:00.000Z', '06/12/2026'),
      },
      {
        title: 'Lịch làm việc tuần 49 & tuần 50', // type="html": tags dropped, entities decoded
        url: 'https://gialoc.haiduong.gov.vn/thong-bao/lich-lam-viec.html', // the entry's own xml:base
        ...rfc('2026-12-05T09:00:00.000Z', '05/12/2026'),
        image: 'https://gialoc.haiduong.gov.vn/thong-bao/anh/lich.png',
      },
    ],
  },
  // ---- rss-parser's test feeds (captured from real sites) ----
  {
    file: 'rss-parser-guardian.rss',
    state: 'ready',
    count: 55,
    first: [
      {
        title: 'Trump State of the Union address promised unity but emphasized discord',
        url: 'https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord',
        ...rfc('2018-01-31T07:26:05.000Z', '31/01/2018'),
        image:
          'https://i.guim.co.uk/img/media/b73c8752cd4667c923dff7f1542f1fb20089e421/0_108_3000_1799/master/3000.jpg?w=140&q=55&auto=format&usm=12&fit=max&s=0a4f729a1784060437ae689bc8d26534',
      },
    ],
  },
  {
    file: 'rss-parser-content-encoded.rss',
    state: 'ready',
    count: 7,
    first: [
      {
        title: 'THE CREATIVE FORAGER',
        url: 'https://medium.com/invironment/the-creative-forager-125af37d838f?source=rss----d12c403d4976--food',
        ...rfc('2018-04-09T18:55:38.000Z', '10/04/2018'),
        image: 'https://cdn-images-1.medium.com/max/938/1*C_nVpehD-NKBgtVEULabmQ.jpeg',
      },
    ],
  },
  {
    // RSS 1.0 (RDF) with the enclosure module's rdf-style picture.
    file: 'rss-parser-craigslist.rss',
    state: 'ready',
    count: 25,
    first: [
      {
        title: 'Bright, Spacious Beautiful Victorian (oakland north / temescal) $4300 3bd 1930ft2',
        url: 'http://sfbay.craigslist.org/eby/apa/6186664607.html',
        ...rfc('2017-06-21T17:33:10.000Z', '22/06/2017'),
        image: 'https://images.craigslist.org/00l0l_fbVZikCjEKO_300x300.jpg',
      },
    ],
  },
  {
    // ISO-8859-1 by its prolog; the second item's description is only a 1×1 tracking pixel.
    file: 'rss-parser-encoding.rss',
    state: 'ready',
    count: 40,
    first: [
      {
        title: 'Mãe de utente é a nova presidente da Raríssimas',
        url: 'http://feeds.jn.pt/~r/JN-ULTIMAS/~3/UBnb8Ra3Q1U/sonia-laig-e-a-nova-presidente-da-rarissimas-9021600.html',
        ...rfc('2018-01-03T13:47:00.000Z', '03/01/2018'),
        image: undefined,
      },
      {
        title: 'Reações dos partidos ao veto de Marcelo',
        url: 'http://feeds.jn.pt/~r/JN-ULTIMAS/~3/GfXqkJnHUcM/reacoes-dos-partidos-ao-veto-de-marcelo-ao-financiamento-partidario-9021587.html',
        ...rfc('2018-01-03T13:48:00.000Z', '03/01/2018'),
        image: undefined,
      },
    ],
  },
  {
    file: 'rss-parser-feedburner.atom',
    state: 'ready',
    count: 25,
    first: [
      {
        title: 'AdWords and DFP Java client library will soon require Java 7+',
        url: 'http://feedproxy.google.com/~r/blogspot/lQlzL/~3/Zjf41PDVLAc/adwords-and-dfp-java-client-library.html',
        ...rfc('2016-06-03T14:38:00.000Z', '03/06/2016'),
      },
    ],
  },
  {
    // GitHub's release feed: links relative to the site, no xml:base: they resolve against the feed's URL.
    file: 'rss-parser-gulp-atom.atom',
    state: 'ready',
    count: 10,
    first: [
      {
        title: 'v3.9.0',
        url: here('/gulpjs/gulp/releases/tag/v3.9.0'),
        ...rfc('2015-06-01T21:49:41.000Z', '02/06/2015'),
        image: 'https://avatars3.githubusercontent.com/u/425716?v=3&s=60',
      },
    ],
  },
  {
    file: 'rss-parser-heise.atom',
    state: 'ready',
    count: 15,
    first: [
      {
        title: 'Java-Anwendungsserver: Red Hat gibt WildFly 10 frei',
        url: 'http://www.heise.de/developer/meldung/Java-Anwendungsserver-Red-Hat-gibt-WildFly-10-frei-3088438.html?wt_mc=rss.developer.beitrag.atom',
        ...rfc('2016-02-01T16:22:00.000Z', '01/02/2016'),
        image:
          'http://www.heise.de/scale/geometry/264/q80/imgs/18/1/7/3/9/9/2/1/wildfly-2bf4ffd2935e38b6-90200def80b152e9-5ba35d3770232d92.jpeg',
      },
    ],
  },
  {
    file: 'rss-parser-heraldsun.rss', // RSS 0.92, ISO-8859-1 prolog, no dates
    state: 'ready',
    count: 2,
    first: [{ title: 'The First Item', url: 'http://www.oreilly.com/example/001.html', date: undefined }],
  },
  {
    file: 'rss-parser-instant-article.rss',
    state: 'ready',
    count: 1,
    first: [
      { title: 'My first Instant Article', url: 'https://localhost:8000/', ...rfc('2016-05-04T06:53:45.000Z', '04/05/2016') },
    ],
  },
  {
    file: 'rss-parser-narro.rss',
    state: 'ready',
    count: 1,
    first: [
      {
        title: 'FAQ for Narro',
        url: 'https://www.narro.co/article/54e703933058540300000069',
        ...rfc('2015-02-20T09:51:15.000Z', '20/02/2015'),
      },
    ],
  },
  {
    file: 'rss-parser-reddit.rss',
    state: 'ready',
    count: 24,
    first: [
      {
        title: 'The water is too deep, so he improvises',
        url: 'https://www.reddit.com/r/funny/comments/3skxqc/the_water_is_too_deep_so_he_improvises/',
        ...rfc('2015-11-12T21:16:39.000Z', '13/11/2015'),
        image: 'https://b.thumbs.redditmedia.com/z4zzFBqZ54WT-rFfKXVor4EraZtJVw7AodDvOZ7kitQ.jpg',
      },
    ],
  },
  {
    file: 'rss-parser-rss-1.rss',
    state: 'ready',
    count: 69,
    first: [
      {
        title: 'Food for fungi',
        url: 'http://science.sciencemag.org/cgi/content/short/356/6343/1134-a?rss=1',
        ...rfc('2017-06-15T17:29:47.000Z', '16/06/2017'),
      },
    ],
  },
  {
    // ISO-8859-1 bytes with no prolog: readable when the server names the charset…
    file: 'rss-parser-uolNoticias.rss',
    served: 'ct=application/rss%2Bxml;%20charset=ISO-8859-1',
    state: 'ready',
    count: 15,
    first: [
      {
        title: 'Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno',
        url: 'https://noticias.uol.com.br/politica/eleicoes/2018/noticias/2018/09/24/ibope-bolsonaro-perde-de-haddad-ciro-e-alckmin-em-simulacoes-de-2-turno.htm',
        image: 'https://conteudo.imguol.com.br/c/noticias/5f/2018/09/17/presidenciaveis-1537211917356_142x100.jpg',
      },
    ],
  },
  {
    // …and a visible error when nothing names it, never mojibake shown as news.
    file: 'rss-parser-uolNoticias.rss',
    served: 'ct=application/rss%2Bxml',
    state: 'error',
    error: /not valid UTF-8 and names no other encoding/,
  },
  // ---- feedsmith's reference feeds ----
  {
    file: 'feedsmith-atom-03.xml', // Atom 0.3: issued/modified, xml:base, mode="escaped"
    state: 'ready',
    count: 3,
    first: [
      { title: 'First entry title', url: 'http://example.org/entry/3', ...rfc('2004-04-20T00:23:47.000Z', '20/04/2004') },
      { title: 'Second entry title', url: 'http://example.org/entry/4', ...rfc('2004-04-20T08:45:00.000Z', '20/04/2004') },
    ],
  },
  {
    file: 'feedsmith-atom-10.xml',
    state: 'ready',
    count: 6,
    first: [
      {
        title: 'Comprehensive Entry Example',
        url: 'http://example.org/entry/1',
        ...rfc('2023-01-10T08:30:00.000Z', '10/01/2023'),
      },
      { title: 'Minimal Required Entry', url: undefined, ...rfc('2023-01-14T15:30:00.000Z', '14/01/2023') },
    ],
  },
  {
    file: 'feedsmith-rdf-09.xml', // RSS 0.9: items beside the channel
    state: 'ready',
    count: 5,
    first: [
      { title: 'New Status Updates', url: 'http://www.mozilla.org/status/' },
      { title: 'Bugzilla Reorganized', url: 'http://www.mozilla.org/bugs/' },
    ],
  },
  {
    file: 'feedsmith-rss-091.xml', // RSS 0.91 with a Netscape DOCTYPE (never fetched)
    state: 'ready',
    count: 2,
    first: [{ title: 'First item title', url: 'http://example.org/item/1' }],
  },
  // ---- feedparser's tests ----
  {
    file: 'feedparser-atom10-title-type-text.xml',
    state: 'ready',
    count: 1,
    first: [{ title: 'Example Atom', url: undefined, date: undefined }],
  },
  {
    // windows-1255 bytes that declare nothing: an error, not Hebrew turned into U+FFFD.
    file: 'feedparser-windows1255.xml',
    served: 'ct=application/rss%2Bxml',
    state: 'error',
    error: /not valid UTF-8/,
  },
];
