import { defineStrings } from '../core/i18n.js';

/**
 * The document register's own labels. `{0}`, `{1}` are counts, page numbers or a document's number.
 * Column names are the register's usual headings (Nghị định 42/2022/NĐ-CP).
 */
export const documentListStrings = defineStrings({
  vi: {
    heading: 'Văn bản',
    caption: 'Danh sách văn bản',
    number: 'Số, ký hiệu',
    title: 'Trích yếu',
    type: 'Loại văn bản',
    issuer: 'Cơ quan ban hành',
    signer: 'Người ký',
    issued: 'Ngày ban hành',
    effective: 'Ngày hiệu lực',
    expires: 'Ngày hết hiệu lực',
    status: 'Trạng thái',
    files: 'Tệp đính kèm',
    'status-effective': 'Còn hiệu lực',
    'status-expired': 'Hết hiệu lực',
    'status-partly-expired': 'Hết hiệu lực một phần',
    'status-not-yet': 'Chưa có hiệu lực',
    filters: 'Tra cứu văn bản',
    search: 'Tìm theo số, ký hiệu hoặc trích yếu',
    searchButton: 'Tìm',
    any: 'Tất cả',
    year: 'Năm ban hành',
    clear: 'Xoá bộ lọc',
    count: 'Có {0} văn bản.',
    countOne: 'Có 1 văn bản.',
    found: 'Tìm thấy {0} trên {1} văn bản.',
    noMatch: 'Không có văn bản nào phù hợp với nội dung tìm kiếm.',
    pages: 'Phân trang',
    previous: 'Trang trước',
    next: 'Trang sau',
    page: 'Trang {0} / {1}',
    sortAsc: 'sắp xếp tăng dần',
    sortDesc: 'sắp xếp giảm dần',
    download: 'Tải về',
    fileOf: 'văn bản {0}',
    noNumber: 'Không số',
  },
  en: {
    heading: 'Documents',
    caption: 'List of documents',
    number: 'Number',
    title: 'Title',
    type: 'Type',
    issuer: 'Issued by',
    signer: 'Signed by',
    issued: 'Issued',
    effective: 'In force from',
    expires: 'Expires',
    status: 'Status',
    files: 'Files',
    'status-effective': 'In force',
    'status-expired': 'Expired',
    'status-partly-expired': 'Partly expired',
    'status-not-yet': 'Not yet in force',
    filters: 'Find documents',
    search: 'Search by number or title',
    searchButton: 'Search',
    any: 'All',
    year: 'Year issued',
    clear: 'Clear filters',
    count: '{0} documents.',
    countOne: '1 document.',
    found: '{0} of {1} documents match.',
    noMatch: 'No documents match your search.',
    pages: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    page: 'Page {0} of {1}',
    sortAsc: 'sorted ascending',
    sortDesc: 'sorted descending',
    download: 'Download',
    fileOf: 'document {0}',
    noNumber: 'No number',
  },
});

/** The keys of the register's labels, for its `labels` property and `registerLanguage`. */
export type DocumentListLabel = keyof typeof documentListStrings.vi;

declare module '../core/i18n.js' {
  interface GovLabelKeys {
    'gov-document-list': DocumentListLabel;
  }
}
