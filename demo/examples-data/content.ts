// The model page's content (a Vietnamese district portal, Gia Lộc), shared by the React and Vue example apps.
// Each app's build copies this file in (see its vite.config.ts), so both show the same data.
export const news = [
  { title: 'Gia Lộc quyết liệt thực hiện đợt cao điểm phòng, chống dịch COVID-19', url: '/tin/1', date: '2020-03-28' },
  { title: 'Hội nghị trực tuyến triển khai công tác phòng, chống dịch COVID-19', url: '/tin/2', date: '2020-03-27' },
  { title: 'Huyện Gia Lộc tổ chức Lễ giao nhận quân năm 2020', url: '/tin/3', date: '2020-02-12' },
];

export const notices = Array.from({ length: 8 }, (_, i) => ({
  title: `Thông báo số ${i + 1}: lịch tiếp công dân của Chủ tịch UBND huyện Gia Lộc tháng 4/2020`,
  url: `/thong-bao/${i + 1}`,
  date: `2020-03-${String(30 - i).padStart(2, '0')}`,
}));

export const article = {
  title: 'Thường trực HĐND huyện tổ chức hội nghị chuyên đề',
  date: '2018-10-05',
  body: '<p>Chiều 4/10/2018, tại Hội trường Huyện uỷ, Thường trực HĐND huyện Gia Lộc tổ chức hội nghị chuyên đề.</p>',
  author: 'Minh Quang',
};

export const services = [
  { title: 'Dịch vụ Công huyện Gia Lộc', url: 'https://dichvucong.example.vn/' },
  { title: 'Hệ thống văn bản của huyện Gia Lộc', url: '/van-ban' },
];

export const videos = [{ title: 'Đôi nét về Gia Lộc', url: '/video/doi-net-ve-gia-loc.webm' }];

export const photos = [
  { src: '/anh/tru-so.webp', alt: 'Trụ sở UBND huyện Gia Lộc', caption: 'Trụ sở UBND huyện' },
  { src: '/anh/canh-dong.webp', alt: 'Cánh đồng lúa Gia Lộc', caption: 'Cánh đồng lúa' },
];

export const documents = [
  {
    number: '01/2020/QĐ-UBND',
    title: 'Quyết định ban hành Kế hoạch sử dụng đất năm 2020 huyện Gia Lộc',
    type: 'Quyết định',
    issuer: 'UBND huyện Gia Lộc',
    issued: '2020-01-15',
  },
];
