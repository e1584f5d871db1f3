-- Where the outlet an article names came from: 'text' (its own attribution line), 'file' (URL host,
-- front matter, title suffix), 'cited' (a report its text opens by citing), 'image' (an image host),
-- 'none'. The configuration's sources: rules rank it by this when they resolve an article's outlet.
-- Articles stored before this column are 'legacy' until the store reads their text once.
ALTER TABLE articles ADD COLUMN outlet_basis TEXT NOT NULL DEFAULT 'legacy';
