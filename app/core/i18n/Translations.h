#pragma once

#include <QLocale>

namespace Takeout {

// Installs the app's own translation and Qt's (standard buttons, file dialogs) for the given locale,
// the system's by default. Languages without a translation stay in English. Returns whether the app's
// own translation was found. Calling it again replaces what an earlier call installed.
bool installTranslations(const QLocale &locale = QLocale());

} // namespace Takeout
