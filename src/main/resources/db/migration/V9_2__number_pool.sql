-- Gapless numbers without a queue: number_sequences now hands out numbers in blocks into number_pool, and a
-- transaction takes the lowest pool number no other transaction holds (FOR UPDATE SKIP LOCKED), deleting it. Until
-- it commits nobody else can take that number; if it rolls back, the number is back in the pool and is the next one
-- given out. Concurrent intakes no longer wait for each other's whole transaction.
create table number_pool (
    kind  char(1) not null,
    year  integer not null,
    value integer not null,
    primary key (kind, year, value)
);
