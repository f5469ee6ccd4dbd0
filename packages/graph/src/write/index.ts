// Writers used by packages/ingest: one module per write (writeArticleBatch, retractArticle, …).
export {};
