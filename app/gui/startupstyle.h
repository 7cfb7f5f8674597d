#pragma once

#include <QProxyStyle>

namespace nianbao {

// The application's own style, whatever the platform chose, but for one thing: the icons of the
// tool bars' and the menu bar's overflow button (shown only when the menus do not fit) are
// loaded when first drawn. Qt sets that icon as it makes the menu bar, and reading an image
// first has Qt scan its image plugins: 4.3 M of the 185 M instructions to the first frame, for
// a button a clerk hardly ever sees.
class StartupStyle : public QProxyStyle {
public:
    StartupStyle() = default;
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
};

} // namespace nianbao
