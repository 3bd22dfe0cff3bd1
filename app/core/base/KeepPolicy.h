#pragma once

namespace Takeout {

// Which complete backups stay, as restic's forget reads it: the newest `last`, and the newest one of
// each of the newest `daily` days, `weekly` weeks (ISO) and `monthly` months that have a backup. A
// backup kept by any of them stays. Days, weeks and months go by UTC. Folders keep it through
// BackupRetention, repositories through `restic forget --prune`; the CLI's --keep, --keep-daily,
// --keep-weekly and --keep-monthly, the backup dialog and the schedule all hold one.
struct KeepPolicy
{
    int last = 0;
    int daily = 0;
    int weekly = 0;
    int monthly = 0;

    bool isEmpty() const { return last < 1 && daily < 1 && weekly < 1 && monthly < 1; }
    // Thinned out as Déjà Dup and Pika Backup do: one a day for a week, one a week for a month, one a
    // month for a year.
    static KeepPolicy thinnedOut() { return {0, 7, 4, 12}; }

    friend bool operator==(const KeepPolicy &a, const KeepPolicy &b)
    {
        return a.last == b.last && a.daily == b.daily && a.weekly == b.weekly && a.monthly == b.monthly;
    }
    friend bool operator!=(const KeepPolicy &a, const KeepPolicy &b) { return !(a == b); }
};

} // namespace Takeout
