SELECT e.first_name, e.last_name, d.department_name
FROM   employees e
JOIN   departments d ON e.department_id = d.department_id;

update `table`
set name='abc',
    date=${date},
    test_interpolation1='${var1} and ${var2}'
    test_interpolation2="${var1}.${var2}"
where xyz is null;
-- edges: escapes, a lone $, doubled quotes, lower-case words Rouge lists in lower case
CREATE EXTERNAL TABLE IF NOT EXISTS ${hiveconf:db}.logs (`date` STRING, msg VARCHAR(200))
PARTITIONED BY (dt STRING)
ROW FORMAT DELIMITED FIELDS TERMINATED BY '\t' LINES TERMINATED BY '\n'
STORED AS TEXTFILE LOCATION '${hiveconf:root}/logs/';
SELECT CASE WHEN a > 1 then 'it''s' else "say ""hi"" for $5 \"x\"" end AS x,
       concat_ws('$', b, "${env:HOME}") FROM logs /* a /* nested */ comment */ LIMIT 10;
