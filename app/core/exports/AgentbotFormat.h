#pragma once

#include <QLatin1StringView>

// The member names of an Agentbot account export (services/api-contract.md §1), the one place
// they are spelled: the shape check, the summary, the overview and the tables read them from here.
// Names are ASCII, so each is also its UTF-8 bytes (JsonDocument::member takes it as it is).
namespace Takeout::AgentbotFormat {

// The root object
inline constexpr QLatin1StringView exportedAt{"exportedAt"};
inline constexpr QLatin1StringView version{"version"};
inline constexpr QLatin1StringView user{"user"};
// The record arrays: .agents[], .scheduledTasks[], .workflows[]
inline constexpr QLatin1StringView agents{"agents"};
inline constexpr QLatin1StringView scheduledTasks{"scheduledTasks"};
inline constexpr QLatin1StringView workflows{"workflows"};

// The value of .version this app was written for.
inline constexpr QLatin1StringView documentedVersion{"1.0"};

// .user
inline constexpr QLatin1StringView email{"email"};
inline constexpr QLatin1StringView plan{"plan"};
inline constexpr QLatin1StringView role{"role"};
inline constexpr QLatin1StringView referralCode{"referralCode"};
inline constexpr QLatin1StringView referralCredits{"referralCredits"};

// Members of .user and of the records
inline constexpr QLatin1StringView id{"id"};
inline constexpr QLatin1StringView name{"name"};
inline constexpr QLatin1StringView createdAt{"createdAt"};
// .agents[]
inline constexpr QLatin1StringView model{"model"};
inline constexpr QLatin1StringView status{"status"};
inline constexpr QLatin1StringView updatedAt{"updatedAt"};
// .scheduledTasks[] and .workflows[]
inline constexpr QLatin1StringView cronSchedule{"cronSchedule"}; // scheduled tasks only
inline constexpr QLatin1StringView enabled{"enabled"};

} // namespace Takeout::AgentbotFormat
