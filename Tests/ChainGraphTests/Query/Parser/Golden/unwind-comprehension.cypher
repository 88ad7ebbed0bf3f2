UNWIND [1, 2, 3] AS x
RETURN x, [y IN range(1, x) WHERE y % 2 = 1 | y * 10] AS odd, CASE WHEN x > 1 THEN 'many' ELSE 'one' END AS size
