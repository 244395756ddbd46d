// Which part of one account's fleet a listing call asks for: the filters the four APIs
// offer (ids, states, zone, name and address substrings) and the page; and what came back.
#pragma once

#include "fleetinstance.h"

#include <QList>
#include <QString>
#include <QStringList>

struct FleetQuery
{
    QString accountId;
    QString region; // empty: every region of the account (Zenlayer lists the whole account)
    QStringList instanceIds; // empty: all
    QStringList rawStates; // empty: all
    QString zone;
    QString nameContains;
    QString privateIpContains;
    qsizetype offset = 0;
    qsizetype limit = -1; // -1: no limit
    bool details = false; // fill name, zone, addresses and type
};

struct FleetPage
{
    qsizetype total = 0; // matching instances before paging
    QList<FleetInstance> instances;
};
