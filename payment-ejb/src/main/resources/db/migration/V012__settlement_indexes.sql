-- Finance reads one sold date across all merchants (run detail, reports).
CREATE INDEX ix_stl_line_sold_date ON stl_line (sold_date, merchant_id);
