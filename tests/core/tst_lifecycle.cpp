#include "IssueWorkflow.h"

#include <QTest>

using namespace liaison;

// The lifecycle graph of DESIGN.md, edge by edge: no database needed.
class TestLifecycle final : public QObject
{
    Q_OBJECT

private slots:
    void lifecycleGraph_data();
    void lifecycleGraph();
};

void TestLifecycle::lifecycleGraph_data()
{
    QTest::addColumn<IssueStatus>("from");
    QTest::addColumn<IssueStatus>("to");
    QTest::addColumn<bool>("legal");
    const QList<IssueStatus> all = {IssueStatus::New,      IssueStatus::Assigned, IssueStatus::InProgress,
                                    IssueStatus::Resolved, IssueStatus::Verified, IssueStatus::Reopened};
    const QList<std::pair<IssueStatus, IssueStatus>> edges = {
        {IssueStatus::New, IssueStatus::Assigned},        {IssueStatus::Assigned, IssueStatus::InProgress},
        {IssueStatus::InProgress, IssueStatus::Resolved}, {IssueStatus::Resolved, IssueStatus::Verified},
        {IssueStatus::Resolved, IssueStatus::Reopened},   {IssueStatus::Verified, IssueStatus::Reopened},
        {IssueStatus::Reopened, IssueStatus::Assigned},   {IssueStatus::Reopened, IssueStatus::InProgress}};
    for (const IssueStatus from : all) {
        for (const IssueStatus to : all) {
            const QByteArray name =
                (DomainText::code(from) + QStringLiteral(" -> ") + DomainText::code(to)).toUtf8();
            QTest::newRow(name.constData()) << from << to << edges.contains({from, to});
        }
    }
}

void TestLifecycle::lifecycleGraph()
{
    QFETCH(IssueStatus, from);
    QFETCH(IssueStatus, to);
    QFETCH(bool, legal);
    QCOMPARE(IssueWorkflow::isLegal(from, to), legal);
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
