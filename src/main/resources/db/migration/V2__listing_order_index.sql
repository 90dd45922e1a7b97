-- jobs list shows listings newest first: with this index SQLite reads them in that order instead
-- of sorting every listing (about half of the query's time on 50,000 listings). NULL posted
-- dates sort first ascending, so last when read backwards, as the list wants them.
CREATE INDEX job_listing_posted ON job_listing (posted_date, first_seen);
