#include "ui/MainWindow.h"

#include <QLabel>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void statusBarShowsEndpointAndConnectionState()
    {
        kac::ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:9/v1/graphql/")));
        window.setConnectionState(QStringLiteral("Connected"));
        auto *endpoint = window.findChild<QLabel *>(QStringLiteral("endpointLabel"));
        auto *connection = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QVERIFY(endpoint && connection);
        QCOMPARE(endpoint->text(), QStringLiteral("http://127.0.0.1:9/v1/graphql/"));
        QCOMPARE(connection->text(), QStringLiteral("Connected"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
