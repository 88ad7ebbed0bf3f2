CREATE EDGE TYPE FEEDS (FROM Material TO Material, FROM Material TO Product, share DOUBLE)
