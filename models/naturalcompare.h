// Orders for the table's text columns: "natural" order (case-insensitive, digit runs compared
// as numbers, so "web-2" < "web-10") and IP addresses by value (IPv4 numerically, before
// anything else). Hand-written because QCollator costs microseconds per comparison, which a
// sort of 100,000 rows cannot afford.
#pragma once

#include <QStringView>

// <0, 0, >0. Equal only for identical strings.
int naturalCompare(QStringView a, QStringView b);
// Compares the first address of two ", "-separated address lists.
int compareIpLists(QStringView a, QStringView b);
