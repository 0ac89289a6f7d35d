-- Create the posts table
CREATE TABLE IF NOT EXISTS posts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  title VARCHAR(255) NOT NULL DEFAULT 'untitled',
  "body" TEXT,
  `slug` varchar(64) UNIQUE
);
/* multi-line
   /* nested */ comment */
INSERT INTO posts (title, body) VALUES ('It''s here', "x\"y");
SELECT p.id, COUNT(*) AS n FROM posts p LEFT JOIN tags t ON t.post_id = p.id
WHERE p.title LIKE '%jekyll%' AND p.id >= 10 GROUP BY p.id HAVING n > 2 ORDER BY n DESC;
