// PlainText: showing text that came from a server where Qt would otherwise guess at rich text.
// QToolTip, QLabel (AutoText) and notification servers render anything that looks like HTML;
// these helpers make sure "<b>x</b>" or "<img src=…>" in an id, a name or an error message
// shows as those characters, never as markup.
#pragma once

#include <QString>

class PlainText
{
public:
    // A tooltip that displays `text` literally (escaped, inside a rich-text wrapper so that
    // QToolTip wraps long lines instead of making one screen-wide line). Empty stays empty.
    static QString toolTip(const QString &text);
    // For desktop notifications, whose servers may read a markup subset and show entities
    // raw when they do not: angle brackets and ampersands become look-alike characters, which
    // read the same to a person and mean nothing to a parser.
    static QString notification(const QString &text);
};
