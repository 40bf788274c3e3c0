<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../penaltytracker/ui/app.py" line="86" />
        <source>Open store</source>
        <translation>データファイルを開く</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/app.py" line="87" />
        <source>PenaltyTracker store (*.sqlite3 *.db);;All files (*)</source>
        <translation>PenaltyTracker データファイル (*.sqlite3 *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/app.py" line="108" />
        <source>Cannot read the rule set</source>
        <translation>ルールファイルを読み込めません</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="91" />
        <source>Appeals</source>
        <translation>異議申立</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="95" />
        <source>Filed on</source>
        <translation>申立日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="95" />
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="120" />
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="95" />
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="121" />
        <source>Decided on</source>
        <translation>結果の日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="96" />
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="117" />
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="116" />
        <source>Appeal filed on</source>
        <translation>申立日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="123" />
        <source>An accepted appeal withdraws the violation from the day of the decision.</source>
        <translation>異議申立が認められると、その日から違反は取り消しになります。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="133" />
        <source>Violation: {day}, {points} points, {title}</source>
        <translation>違反：{day}・{points} 点・{title}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="145" />
        <source>The date cannot be before {day}.</source>
        <translation>{day} より前の日付は入力できません。</translation>
    </message>
</context>
<context>
    <name>Appeals</name>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="24" />
        <source>Pending</source>
        <translation>審査中</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="25" />
        <source>Accepted (withdrawn)</source>
        <translation>認められた（取り消し）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="26" />
        <source>Rejected</source>
        <translation>認められなかった</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="28" />
        <source>Shop</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="29" />
        <source>Points date</source>
        <translation>加点日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="30" />
        <source>Incident date</source>
        <translation>発生日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="31" />
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="32" />
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="33" />
        <source>Title</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="34" />
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="35" />
        <source>Reference</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="36" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="37" />
        <source>Corrective action</source>
        <translation>是正措置</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="38" />
        <source>Withdrawn on</source>
        <translation>取消日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="39" />
        <source>Appeal filed on</source>
        <translation>異議申立日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="40" />
        <source>Appeal outcome</source>
        <translation>異議申立の結果</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="41" />
        <source>Decided on</source>
        <translation>結果の日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="42" />
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="45" />
        <source>Created</source>
        <translation>登録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="46" />
        <source>Edited</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="47" />
        <source>Withdrawn</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="48" />
        <source>Restored</source>
        <translation>有効に戻す</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="49" />
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="50" />
        <source>Imported</source>
        <translation>CSV 取込</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="51" />
        <source>Appeal</source>
        <translation>異議申立</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="52" />
        <source>Upgrade</source>
        <translation>データファイルの更新</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="56" />
        <source>Withdrawn before dates were kept: counted as withdrawn from its points date</source>
        <translation>取消日を記録する前に取り消された違反です。加点日から取り消しとして扱います</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="58" />
        <source>Its reference was already recorded for an earlier violation of the shop: it was cleared here</source>
        <translation>この管理番号は同じ店舗の以前の違反に登録済みのため、ここでは消去しました</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="68" />
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="68" />
        <source>User</source>
        <translation>利用者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="69" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="69" />
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="70" />
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="70" />
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="161" />
        <source>History — violation ID {id}</source>
        <translation>変更履歴 — 違反 ID {id}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="170" />
        <source>This history is a record: it cannot be changed from the app.</source>
        <translation>この履歴は記録専用で、アプリから変更することはできません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="172" />
        <source>No history.</source>
        <translation>履歴はありません。</translation>
    </message>
</context>
<context>
    <name>AuditStatus</name>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="62" />
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/audit_view.py" line="63" />
        <source>Withdrawn</source>
        <translation>取り消し済み</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="37" />
        <source>daily</source>
        <translation>毎日の自動バックアップ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="38" />
        <source>manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="39" />
        <source>before an update</source>
        <translation>更新前</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="40" />
        <source>before a restore</source>
        <translation>復元前</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="41" />
        <source>damaged store</source>
        <translation>破損していたデータファイル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="47" />
        <source>{size} bytes</source>
        <translation>{size} バイト</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="57" />
        <source>Choose a backup to restore</source>
        <translation>復元するバックアップを選ぶ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="58" />
        <source>PenaltyTracker store (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>PenaltyTracker データファイル (*.sqlite3 *.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="72" />
        <source>Restore a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="75" />
        <source>Restoring replaces the store {store} by the backup you choose. The current store is kept as a backup.</source>
        <translation>復元すると、データファイル「{store}」が選んだバックアップで置き換わります。今のデータファイルはバックアップとして残ります。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="83" />
        <source>Taken</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="83" />
        <source>Store</source>
        <translation>データファイル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="83" />
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="84" />
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="89" />
        <source> (another store)</source>
        <translation>（別のデータファイル）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="111" />
        <source>There are no backups in {folder}.</source>
        <translation>バックアップ用フォルダー「{folder}」にバックアップはありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="115" />
        <source>Restore the selected backup</source>
        <translation>選んだバックアップを復元</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="118" />
        <source>Choose a file…</source>
        <translation>ファイルを選ぶ…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="120" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="166" />
        <source>Cannot restore</source>
        <translation>復元できません</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="167" />
        <source>This file cannot be restored.
{why}</source>
        <translation>このファイルは復元できません。
{why}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="171" />
        <source>Confirm restore</source>
        <translation>復元の確認</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="172" />
        <source>Replace the store {store} by
{source}?
The current store is kept as a backup.</source>
        <translation>データファイル「{store}」を
{source}
の内容で置き換えますか？
今のデータファイルはバックアップとして残ります。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="180" />
        <source>Restore failed</source>
        <translation>復元できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="181" />
        <source>The restore failed; the store was not changed.
{why}</source>
        <translation>復元できませんでした。データファイルは変更されていません。
{why}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="185" />
        <source>
The previous store is kept in {kept}.</source>
        <translation>
復元前のデータファイルは「{kept}」に保存しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="186" />
        <source>Restored</source>
        <translation>復元しました</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="187" />
        <source>Restored from {source}.</source>
        <translation>「{source}」から復元しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="207" />
        <source>Cannot open the store</source>
        <translation>データファイルを開けません</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="208" />
        <source>The store could not be opened. The file was not changed.</source>
        <translation>データファイルを開けませんでした。ファイルは変更していません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="217" />
        <source>Choose another file…</source>
        <translation>別のファイルを選ぶ…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="218" />
        <source>Restore a backup…</source>
        <translation>バックアップから復元…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="219" />
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/backup_dialogs.py" line="236" />
        <source>Location: {where}</source>
        <translation>場所：{where}</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../../penaltytracker/ui/charts_page.py" line="63" />
        <source>Year:</source>
        <translation>年：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/charts_page.py" line="88" />
        <source>Could not draw the charts</source>
        <translation>グラフを描けませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/charts_page.py" line="98" />
        <source>{year}</source>
        <translation>{year}年</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/charts_page.py" line="106" />
        <source>Choose a shop to see its charts.</source>
        <translation>店舗を選ぶとグラフが表示されます。</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../penaltytracker/ui/confirm.py" line="16" />
        <source>Delete violation {id} ({day}, {points} points, {shop})?</source>
        <translation>違反 {id}（{day}、{points} 点、{shop}）を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/confirm.py" line="20" />
        <source>Delete these {n} violations?</source>
        <translation>選択した違反 {n} 件を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/confirm.py" line="21" />
        <source>Delete violations</source>
        <translation>違反の削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/confirm.py" line="24" />
        <source>Ctrl+Z (Edit → Undo) brings them back. To keep one but stop its points, withdraw it instead.</source>
        <translation>削除しても Ctrl+Z（編集 → 元に戻す）で元に戻せます。記録を残したまま点数だけ数えないようにするには、削除ではなく「取り消し」にしてください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/confirm.py" line="26" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/confirm.py" line="57" />
        <source>New shop?</source>
        <translation>新しい店舗ですか？</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/confirm.py" line="62" />
        <source>There is no shop “{shop}”. Did you mean “{close}”?</source>
        <translation>「{shop}」という店舗はありません。「{close}」のことですか？</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/confirm.py" line="64" />
        <source>Use “{close}”</source>
        <translation>「{close}」にする</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/confirm.py" line="68" />
        <source>There is no shop “{shop}” yet.</source>
        <translation>「{shop}」という店舗はまだありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/confirm.py" line="69" />
        <source>Saving adds “{shop}” as a new shop.</source>
        <translation>このまま保存すると「{shop}」を新しい店舗として追加します。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/confirm.py" line="71" />
        <source>Add the new shop “{shop}”</source>
        <translation>新しい店舗「{shop}」を追加</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="138" />
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="265" />
        <source>Log a contact</source>
        <translation>連絡を記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="141" />
        <source>Buyer</source>
        <translation>購入者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="141" />
        <source>Marketplace support</source>
        <translation>マーケットプレイスのサポート</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="142" />
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="146" />
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="271" />
        <source>Mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="146" />
        <source>Message</source>
        <translation>取引メッセージ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="146" />
        <source>Support form</source>
        <translation>問い合わせフォーム</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="148" />
        <source>We wrote</source>
        <translation>こちらから</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="149" />
        <source>They wrote</source>
        <translation>先方から</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="153" />
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="154" />
        <source>With</source>
        <translation>相手</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="157" />
        <source>What was said</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="271" />
        <source>Inquiry form</source>
        <translation>問い合わせフォーム</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="271" />
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="146" />
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="272" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="277" />
        <source>Sent to the marketplace</source>
        <translation>こちらから送信</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="278" />
        <source>Received from the marketplace</source>
        <translation>マーケットプレイスから受信</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="286" />
        <source>Add a document…</source>
        <translation>書類を追加…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="289" />
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="155" />
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="290" />
        <source>Channel</source>
        <translation>手段</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="156" />
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="291" />
        <source>Direction</source>
        <translation>向き</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="292" />
        <source>Summary</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="294" />
        <source>Reply or document due</source>
        <translation>返信・書類の期限</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="295" />
        <source>Documents (copied into the data folder)</source>
        <translation>送付書類（データフォルダーにコピー）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="303" />
        <source>Documents sent</source>
        <translation>送付した書類</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="320" />
        <source>Write what was said or sent.</source>
        <translation>やり取りの内容を入力してください。</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="66" />
        <source>On-time rate (納期遵守率)</source>
        <translation>納期遵守率</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="67" />
        <source>Delivered within 6 days (6日以内お届け件数比率)</source>
        <translation>6日以内お届け件数比率</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="68" />
        <source>Shipments (出荷件数)</source>
        <translation>出荷件数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="72" />
        <source>Not eligible: {n} of the {m} shipments needed</source>
        <translation>対象外：必要な {m}件のうち {n}件</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="74" />
        <source>Pass</source>
        <translation>達成</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="74" />
        <source>Fail</source>
        <translation>未達</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="74" />
        <source>Not computed</source>
        <translation>計算できません</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="75" />
        <source>No target in the rule set</source>
        <translation>基準データに目標がありません</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="78" />
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="137" />
        <source>{start} to {end}</source>
        <translation>{start}〜{end}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="80" />
        <source>Period: the calendar month, month to date ({span})</source>
        <translation>集計期間：暦月（月初から基準日まで、{span}）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="81" />
        <source>Period: the {n} days to the as-of date ({span})</source>
        <translation>集計期間：基準日までの{n}日間（{span}）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="87" />
        <source>on time and enough shipments; the 6-day ratio is not known</source>
        <translation>納期遵守率と出荷件数は基準を満たしています（6日以内お届け件数比率は不明）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="88" />
        <source>all three criteria met</source>
        <translation>3つの基準をすべて満たしています</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="88" />
        <source>criteria not met</source>
        <translation>基準を満たしていません</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="95" />
        <source>{rate} ({late} of {n} late)</source>
        <translation>{rate}（{n}件中 遅延 {late}件）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="97" />
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="102" />
        <source>{target} or more</source>
        <translation>{target}以上</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="100" />
        <source>{rate} ({k} of {n} delivered)</source>
        <translation>{rate}（お届け {n}件中 {k}件）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="105" />
        <source>{n} or more</source>
        <translation>{n}件以上</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="112" />
        <source>{n} cancelled order(s) left out: a cancelled order is no shipment.</source>
        <translation>キャンセルされた注文 {n}件は出荷件数に数えていません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="115" />
        <source>The 6-day ratio needs delivery dates (お届け日): none are recorded for this period. Import an order CSV with a delivery-date column, or enter them.</source>
        <translation>6日以内お届け件数比率にはお届け日が必要ですが、この期間の記録がありません。お届け日の列がある受注 CSV を取り込むか、入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="139" />
        <source>Last full month ({span}): on time {rate}, within 6 days {within}, {n} shipments: {verdict}</source>
        <translation>前月（{span}）：納期遵守率 {rate}、6日以内お届け {within}、出荷 {n}件 — {verdict}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="204" />
        <source>Could not read the shop's status</source>
        <translation>店舗の状況を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="211" />
        <source>Violation level</source>
        <translation>違反レベル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="212" />
        <source>Points this year</source>
        <translation>年間累積違反点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="213" />
        <source>Penalty fees this year</source>
        <translation>今年の違約金</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="214" />
        <source>Sanctions in force</source>
        <translation>適用中の制裁</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="215" />
        <source>No sanctions are in force.</source>
        <translation>適用中の制裁はありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="216" />
        <source>Latest violations</source>
        <translation>最近の違反</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="217" />
        <source>Sanction</source>
        <translation>制裁</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="217" />
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="217" />
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="217" />
        <source>Until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="218" />
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="218" />
        <source>Dates from</source>
        <translation>日付の根拠</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="219" />
        <source>Record Rakuten's notice…</source>
        <translation>楽天の通知を記録…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="220" />
        <source>Points date</source>
        <translation>加点日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="220" />
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="220" />
        <source>Category</source>
        <translation>違反区分</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="221" />
        <source>Title</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="221" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="225" />
        <source>The highest level ({level}) has been reached.</source>
        <translation>最高レベル（{level}）に達しています。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="226" />
        <source>{n} points left before level {level}</source>
        <translation>あと {n} 点でレベル {level}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="236" />
        <source>Level {level}</source>
        <translation>レベル {level}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="240" />
        <source>No level</source>
        <translation>レベルなし</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="240" />
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="241" />
        <source>No level has been reached this year.</source>
        <translation>今年はまだどのレベルにも達していません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="243" />
        <source>Points in {year}</source>
        <translation>{year}年の累積違反点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="244" />
        <source>{points} points</source>
        <translation>{points} 点</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="251" />
        <source>{points} / {threshold} points</source>
        <translation>{points} / {threshold} 点</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="264" />
        <source>Levels reached this year: {levels}</source>
        <translation>今年到達したレベル：{levels}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="276" />
        <source>Level {level} reached: contact Rakuten and review every listing now.</source>
        <translation>レベル {level} に達しています。楽天に連絡し、すべての商品ページを至急見直してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="280" />
        <source>Warning: only {n} points left before level {level} ({threshold} points).</source>
        <translation>注意：あと {n} 点でレベル {level}（{threshold} 点）に達します。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/dashboard.py" line="287" />
        <source>{n} days</source>
        <translation>{n} 日</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../penaltytracker/ui/widgets.py" line="185" />
        <source>Dates as 2026-03-02, 2026/03/02, 2026/3/2 or 20260302 (full-width digits too)</source>
        <translation>日付は 2026-03-02、2026/03/02、2026/3/2、20260302 のどれでも入力できます（全角数字も可）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/widgets.py" line="228" />
        <source>No such date: “{text}”</source>
        <translation>存在しない日付です：「{text}」</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/widgets.py" line="229" />
        <source>Not a date: “{text}” (e.g. 2026/3/2)</source>
        <translation>日付として読めません：「{text}」（例：2026/3/2）</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="398" />
        <source>On</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="400" />
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="235" />
        <source>Import orders</source>
        <translation>注文データのインポート</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="243" />
        <source>Choose file…</source>
        <translation>ファイルを選ぶ…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="247" />
        <source>Shop the file belongs to (RMS exports have no shop column)</source>
        <translation>このファイルの店舗（RMSの出力には店舗列がありません）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="253" />
        <source>Order CSV</source>
        <translation>注文CSV</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="254" />
        <source>Shop</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="271" />
        <source>Leave out the columns not chosen above (a header that looks misspelt is otherwise refused)</source>
        <translation>上で選ばなかった列は読まない（選ばないと、書き間違いらしい列名は取り込みを止めます）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="290" />
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="298" />
        <source>Which column holds what (preselected from the file's headers):</source>
        <translation>どの列に何が入っているか（見出しから自動選択）：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="302" />
        <source>First rows of the file:</source>
        <translation>ファイルの先頭行：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="310" />
        <source>Shop (店舗)</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="310" />
        <source>Order number (受注番号)</source>
        <translation>受注番号</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="311" />
        <source>Promised ship date (出荷予定日)</source>
        <translation>出荷予定日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="312" />
        <source>Shipped on (出荷日)</source>
        <translation>出荷日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="312" />
        <source>Order date (注文日)</source>
        <translation>注文日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="313" />
        <source>Carrier (配送業者)</source>
        <translation>配送業者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="313" />
        <source>Cause (遅延理由)</source>
        <translation>遅延理由</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="314" />
        <source>Customer contacted</source>
        <translation>お客様への連絡</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="314" />
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="315" />
        <source>Delivered on (お届け日)</source>
        <translation>お届け日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="315" />
        <source>Order status (注文ステータス)</source>
        <translation>注文ステータス</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="319" />
        <source>Choose an order CSV</source>
        <translation>注文CSVを選ぶ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="320" />
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="341" />
        <source>(not in the file)</source>
        <translation>（ファイルにない）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="405" />
        <source>{added} shipment(s) added, {updated} updated.</source>
        <translation>{added} 件を追加、{updated} 件を更新しました。</translation>
    </message>
</context>
<context>
    <name>ImportEventsDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="116" />
        <source>Import order events</source>
        <translation>注文の記録を取り込む</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="125" />
        <source>(not in the file)</source>
        <translation>（ファイルにない）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="134" />
        <source>From the file</source>
        <translation>ファイルから</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="137" />
        <source>Event of every row</source>
        <translation>全行の出来事</translation>
    </message>
</context>
<context>
    <name>IncidentHistoryDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="18" />
        <source>History of incident #{id}</source>
        <translation>トラブル #{id} の変更履歴</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="20" />
        <source>Opened</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="20" />
        <source>Edited</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="20" />
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="21" />
        <source>Step done</source>
        <translation>手順完了</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="21" />
        <source>Step undone</source>
        <translation>手順を未完了に</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="21" />
        <source>Selling stopped</source>
        <translation>販売停止</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="22" />
        <source>Stop taken back</source>
        <translation>停止の取り消し</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="22" />
        <source>Selling resumed</source>
        <translation>販売再開</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="23" />
        <source>Resume taken back</source>
        <translation>再開の取り消し</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="23" />
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="23" />
        <source>Reopened</source>
        <translation>対応中に戻す</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="24" />
        <source>Contact logged</source>
        <translation>連絡を記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="24" />
        <source>Contact removed</source>
        <translation>連絡を削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="25" />
        <source>Linked</source>
        <translation>関連付け</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="25" />
        <source>Unlinked</source>
        <translation>関連付けを解除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="29" />
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="29" />
        <source>User</source>
        <translation>利用者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="29" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_history.py" line="30" />
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="206" />
        <source>New incident… (Ctrl+T)</source>
        <translation>トラブルを記録…（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="207" />
        <source>Open only</source>
        <translation>対応中のみ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="208" />
        <source>Opened</source>
        <translation>発生日時</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="208" />
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="208" />
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="209" />
        <source>Selling</source>
        <translation>販売</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="209" />
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="209" />
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="210" />
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="210" />
        <source>With</source>
        <translation>相手</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="210" />
        <source>Direction</source>
        <translation>向き</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="211" />
        <source>Channel</source>
        <translation>手段</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="211" />
        <source>What was said</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="212" />
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="212" />
        <source>Done at</source>
        <translation>完了日時</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="213" />
        <location filename="../../penaltytracker/ui/incidents_page.py" line="413" />
        <source>Stop everything</source>
        <translation>すべての販売を停止</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="214" />
        <source>Resume selling…</source>
        <translation>販売を再開…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="215" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="216" />
        <source>History…</source>
        <translation>変更履歴…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="217" />
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="218" />
        <source>Log contact…</source>
        <translation>連絡を記録…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="219" />
        <location filename="../../penaltytracker/ui/incidents_page.py" line="520" />
        <source>Remove contact</source>
        <translation>連絡を削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="220" />
        <source>Link…</source>
        <translation>関連付け…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="221" />
        <source>Contacts with buyers and support</source>
        <translation>購入者・サポートとの連絡</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="222" />
        <source>Rule 3 branch:</source>
        <translation>規則3の分岐：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="223" />
        <source>Choose a shop, then an incident, or open one with Ctrl+T.</source>
        <translation>店舗とトラブルを選ぶか、Ctrl+T で新しく記録してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="251" />
        <source>Could not read the incidents</source>
        <translation>トラブルを読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="266" />
        <source>stopped</source>
        <translation>停止中</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="267" />
        <source>resumed</source>
        <translation>再開済み</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="269" />
        <source>open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="269" />
        <source>closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="306" />
        <source>Opened {at}</source>
        <translation>発生：{at}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="308" />
        <source>Affected: {what}</source>
        <translation>対象：{what}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="312" />
        <source>Closed on {d}</source>
        <translation>完了日：{d}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="315" />
        <source>Selling has not been stopped.</source>
        <translation>販売はまだ停止していません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="317" />
        <source>Selling stopped at {at}.</source>
        <translation>{at} に販売を停止しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="320" />
        <source>Selling stopped at {a}, resumed at {b}: {why}</source>
        <translation>{a} に販売を停止し、{b} に再開しました：{why}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="324" />
        <source>Time to stop: {stop}　Time to first contact: {contact}　Days open: {days}</source>
        <translation>停止までの時間：{stop}　最初の連絡までの時間：{contact}　経過日数：{days}日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="330" />
        <source>Reopen</source>
        <translation>対応中に戻す</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="330" />
        <location filename="../../penaltytracker/ui/incidents_page.py" line="440" />
        <source>Close incident</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="336" />
        <source>Not judged yet (all steps)</source>
        <translation>未判断（すべての手順）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="343" />
        <source>Caused: {links}</source>
        <translation>関連：{links}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="348" />
        <source>Buyer</source>
        <translation>購入者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="348" />
        <source>Marketplace support</source>
        <translation>マーケットプレイスのサポート</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="348" />
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="349" />
        <source>We wrote</source>
        <translation>こちらから</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="349" />
        <source>They wrote</source>
        <translation>先方から</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="362" />
        <source>Could not save the incident</source>
        <translation>トラブルを保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="382" />
        <source>Open incident</source>
        <translation>トラブルを記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="402" />
        <source>Edit incident</source>
        <translation>トラブルを編集</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="426" />
        <source>Resume selling</source>
        <translation>販売を再開</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="444" />
        <source>Reopen incident</source>
        <translation>トラブルを対応中に戻す</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="456" />
        <source>Delete incident</source>
        <translation>トラブルを削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="465" />
        <source>Tick step</source>
        <translation>手順を完了</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="465" />
        <source>Untick step</source>
        <translation>手順を未完了に戻す</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="480" />
        <source>Choose the branch</source>
        <translation>分岐を選ぶ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="500" />
        <source>Log contact</source>
        <translation>連絡を記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="537" />
        <source>Could not read the history</source>
        <translation>変更履歴を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incidents_page.py" line="549" />
        <source>Link</source>
        <translation>関連付け</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <location filename="../../penaltytracker/ui/i18n.py" line="117" />
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/i18n.py" line="118" />
        <source>Level {level}</source>
        <translation>レベル {level}</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="193" />
        <source>Link what the incident caused</source>
        <translation>トラブルが引き起こした記録を関連付け</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="195" />
        <source>Violation</source>
        <translation>違反</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="196" />
        <source>Late shipment</source>
        <translation>出荷遅延</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="200" />
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="201" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="329" />
        <source>Store: {location}</source>
        <translation>データファイル：{location}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="343" />
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="363" />
        <source>Could not read the shops</source>
        <translation>店舗を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="281" />
        <location filename="../../penaltytracker/ui/main_window.py" line="370" />
        <source>All shops (overview)</source>
        <translation>すべての店舗（一覧）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="279" />
        <source>Shop: </source>
        <translation>店舗：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="282" />
        <location filename="../../penaltytracker/ui/main_window.py" line="392" />
        <source>All shops</source>
        <translation>全店舗一覧</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="282" />
        <location filename="../../penaltytracker/ui/main_window.py" line="392" />
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="283" />
        <location filename="../../penaltytracker/ui/main_window.py" line="313" />
        <source>Violation log</source>
        <translation>違反履歴</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="284" />
        <location filename="../../penaltytracker/ui/main_window.py" line="314" />
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="285" />
        <location filename="../../penaltytracker/ui/main_window.py" line="314" />
        <source>What-if</source>
        <translation>シミュレーション</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="286" />
        <location filename="../../penaltytracker/ui/main_window.py" line="314" />
        <source>Shipping</source>
        <translation>出荷</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="287" />
        <location filename="../../penaltytracker/ui/main_window.py" line="315" />
        <source>Weekly review</source>
        <translation>週次レビュー</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="288" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="289" />
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="290" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="291" />
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="292" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="293" />
        <source>&amp;New store…</source>
        <translation>新しいデータファイル(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="294" />
        <source>&amp;Open store…</source>
        <translation>データファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="295" />
        <source>&amp;Import violations CSV…</source>
        <translation>違反CSVをインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="296" />
        <source>&amp;Export violations CSV…</source>
        <translation>違反CSVをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="297" />
        <source>Export &amp;PDF report…</source>
        <translation>PDFレポートを書き出す(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="298" />
        <source>&amp;Restore a backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="299" />
        <source>Change &amp;history…</source>
        <translation>変更履歴(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="300" />
        <source>&amp;Appeals…</source>
        <translation>異議申立(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="301" />
        <source>Record Rakuten's &amp;notice…</source>
        <translation>楽天の通知を記録(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="302" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="303" />
        <source>&amp;New violation…</source>
        <translation>違反を追加(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="304" />
        <source>New violation</source>
        <translation>違反の追加</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="305" />
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="306" />
        <source>&amp;Edit violation…</source>
        <translation>違反を編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="307" />
        <source>&amp;Withdraw / restore</source>
        <translation>取り消し／取り消しを戻す(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="308" />
        <source>&amp;Delete violation</source>
        <translation>違反を削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="309" />
        <source>&amp;Filter the log</source>
        <translation>履歴を絞り込む(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="310" />
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="311" />
        <source>&amp;Warning margin…</source>
        <translation>警告の余裕点数(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="312" />
        <source>Start minimised to the tray at login</source>
        <translation>ログイン時にトレイに最小化して起動</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="313" />
        <source>All shops / dashboard</source>
        <translation>全店舗一覧／ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="317" />
        <source>&amp;About PenaltyTracker</source>
        <translation>PenaltyTracker について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="318" />
        <source>&amp;Shops</source>
        <translation>店舗(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="319" />
        <source>&amp;Manage shops (add, rename, merge, remove)…</source>
        <translation>店舗の管理（追加・名前の変更・統合・削除）(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="320" />
        <source>Open the &amp;demo data file</source>
        <translation>デモ用データファイルを開く(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="440" />
        <source>Add violation</source>
        <translation>違反の追加</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="441" />
        <location filename="../../penaltytracker/ui/main_window.py" line="460" />
        <location filename="../../penaltytracker/ui/main_window.py" line="477" />
        <source>Could not save the violation</source>
        <translation>違反を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="442" />
        <source>Saved the violation “{title}” ({shop}, {points} points). Ctrl+Z undoes it.</source>
        <translation>違反「{title}」（{shop}、{points} 点）を保存しました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="512" />
        <source>Deleted {n} violation(s). Ctrl+Z undoes it.</source>
        <translation>違反 {n} 件を削除しました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="460" />
        <source>Edit violation</source>
        <translation>違反の編集</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="461" />
        <source>Saved the changes to violation {id}. Ctrl+Z undoes them.</source>
        <translation>違反 {id} の変更を保存しました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="469" />
        <location filename="../../penaltytracker/ui/main_window.py" line="498" />
        <location filename="../../penaltytracker/ui/main_window.py" line="547" />
        <source>Could not open the violation</source>
        <translation>違反を開けませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="475" />
        <source>Withdraw violation</source>
        <translation>違反の取り消し</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="475" />
        <source>Restore violation</source>
        <translation>取り消しを戻す</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="478" />
        <source>Violation {id} withdrawn: its points no longer count. Ctrl+Z undoes it.</source>
        <translation>違反 {id} を取り消しにしました（点数は数えません）。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="480" />
        <source>Violation {id} counts again. Ctrl+Z undoes it.</source>
        <translation>違反 {id} の取り消しを戻しました（点数を数えます）。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="510" />
        <source>Delete violation</source>
        <translation>違反の削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="510" />
        <source>Delete {n} violations</source>
        <translation>{n} 件の違反の削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="511" />
        <source>Could not delete</source>
        <translation>削除できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="534" />
        <source>File an appeal</source>
        <translation>異議申立の記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="534" />
        <location filename="../../penaltytracker/ui/main_window.py" line="539" />
        <source>Could not save the appeal</source>
        <translation>異議申立を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="535" />
        <source>Appeal recorded.</source>
        <translation>異議申立を記録しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="538" />
        <source>Record the appeal's outcome</source>
        <translation>異議申立の結果の記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="540" />
        <source>Appeal outcome recorded.</source>
        <translation>異議申立の結果を記録しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="569" />
        <source>Record notice</source>
        <translation>通知の記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="569" />
        <source>Could not save the notice</source>
        <translation>通知を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="570" />
        <source>Notice recorded: its figures replace the expected ones.</source>
        <translation>通知を記録しました。見込みの代わりに通知の内容を表示します。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="575" />
        <source>Could not read the notices</source>
        <translation>通知を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="601" />
        <source>PenaltyTracker store (*.sqlite3 *.db);;All files (*)</source>
        <translation>PenaltyTracker データファイル (*.sqlite3 *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="604" />
        <source>New store</source>
        <translation>新しいデータファイル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="611" />
        <source>Open store</source>
        <translation>データファイルを開く</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="619" />
        <source>Opened {location}</source>
        <translation>{location} を開きました</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/first_day.py" line="20" />
        <source>&amp;Undo “{what}”</source>
        <translation>「{what}」を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/first_day.py" line="21" />
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/first_day.py" line="22" />
        <source>&amp;Redo “{what}”</source>
        <translation>「{what}」をやり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/first_day.py" line="23" />
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/first_day.py" line="31" />
        <source>Undone: {what}. Ctrl+Shift+Z redoes it.</source>
        <translation>「{what}」を元に戻しました。Ctrl+Shift+Z でやり直せます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/first_day.py" line="64" />
        <source>Opened the demo data file (three example shops). File → Open data file… goes back to your own; the next start opens it too.</source>
        <translation>デモ用データファイル（例の店舗 3 つ）を開きました。自分のデータファイルには「ファイル → データファイルを開く」で戻れます。次回の起動時も自分のデータファイルが開きます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/first_day.py" line="69" />
        <location filename="../../penaltytracker/ui/main_window.py" line="621" />
        <location filename="../../penaltytracker/ui/main_window.py" line="644" />
        <source>Could not open the store</source>
        <translation>データファイルを開けませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/first_day.py" line="70" />
        <location filename="../../penaltytracker/ui/main_window.py" line="622" />
        <source>Opening the store…</source>
        <translation>データファイルを開いています…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="629" />
        <source>Could not back up the store</source>
        <translation>データファイルをバックアップできませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="647" />
        <source>The store was restored from a backup.</source>
        <translation>バックアップからデータファイルを復元しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="651" />
        <source>Import violations CSV</source>
        <translation>違反CSVのインポート</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="652" />
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="668" />
        <source>Imported: {added} added, {updated} updated, {unchanged} already recorded.</source>
        <translation>取り込みました：追加 {added} 件、更新 {updated} 件、登録済み {unchanged} 件</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="672" />
        <source>Nothing was imported</source>
        <translation>インポートしませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="673" />
        <source>Importing {file}…</source>
        <translation>{file} をインポートしています…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="678" />
        <source>Export violations CSV</source>
        <translation>違反CSVのエクスポート</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="679" />
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="689" />
        <source>Exported {n} violation(s) to {file}.</source>
        <translation>{n} 件の違反を {file} に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="693" />
        <source>Could not export</source>
        <translation>エクスポートできませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="693" />
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="703" />
        <source>Warning margin</source>
        <translation>警告の余裕点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="704" />
        <source>Warn when a shop is this many points or fewer from the next level:</source>
        <translation>次のレベルまでの残りがこの点数以下になったら警告する：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="730" />
        <source>Could not change the start at login</source>
        <translation>ログイン時の起動を変更できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="747" />
        <source>&lt;h3&gt;PenaltyTracker {version}&lt;/h3&gt;&lt;p&gt;A shop operator's own record of Rakuten Ichiba violation points.&lt;/p&gt;&lt;p&gt;Rule set: {rules}&lt;br&gt;Version {rules_version}, effective {effective}&lt;/p&gt;&lt;p&gt;Store: {store}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PenaltyTracker {version}&lt;/h3&gt;&lt;p&gt;楽天市場の違反点数を店舗運営者が自分で記録・管理するためのアプリです。&lt;/p&gt;&lt;p&gt;ルール：{rules}&lt;br&gt;バージョン {rules_version}（{effective} 施行）&lt;/p&gt;&lt;p&gt;データファイル：{store}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/main_window.py" line="754" />
        <source>About PenaltyTracker</source>
        <translation>PenaltyTracker について</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="49" />
        <source>New incident</source>
        <translation>トラブルを記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="49" />
        <source>Edit incident</source>
        <translation>トラブルを編集</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="63" />
        <source>Items, SKUs or the lot affected</source>
        <translation>対象の商品・SKU・ロット</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="70" />
        <source>Stop everything now (record that selling stopped)</source>
        <translation>いますぐすべての販売を停止する（停止した日時を記録）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="75" />
        <source>Shop</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="76" />
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="77" />
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="79" />
        <source>Affected</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="80" />
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="82" />
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="126" />
        <source>Choose or type the shop.</source>
        <translation>店舗を選ぶか入力してください。</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="37" />
        <source>Record Rakuten's notice</source>
        <translation>楽天の通知を記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="46" />
        <source>Level {level}</source>
        <translation>レベル {level}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="56" />
        <source>Sanctions as the notice states them</source>
        <translation>通知に書かれた制裁</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="58" />
        <source>Sanction</source>
        <translation>制裁</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="59" />
        <source>Starts</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="60" />
        <source>Ends (if the notice says)</source>
        <translation>終了日（通知にある場合）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="63" />
        <source>{name} ({days} days)</source>
        <translation>{name}（{days} 日）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="83" />
        <source>expected: {fee}</source>
        <translation>見込み：{fee}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="92" />
        <source>Not stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="93" />
        <source>The shop continues (V-A)</source>
        <translation>出店継続（V-A）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="94" />
        <source>The contract ends (V-B)</source>
        <translation>契約解除（V-B）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="101" />
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="102" />
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="103" />
        <source>Fee billed (¥)</source>
        <translation>請求された違約金（円）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="104" />
        <source>Billed on</source>
        <translation>請求日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="105" />
        <source>Paid on</source>
        <translation>支払日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="106" />
        <source>Training due by</source>
        <translation>講習の受講期限</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="107" />
        <source>Training completed on</source>
        <translation>講習の受講日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="109" />
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="110" />
        <source>Contract ends on</source>
        <translation>契約終了日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="111" />
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="137" />
        <source>Enter the start of {name}.</source>
        <translation>{name}の開始日を入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="140" />
        <source>{name} ends before it starts.</source>
        <translation>{name}の終了日が開始日より前です。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="148" />
        <source>The fee must be an amount in yen, not “{text}”.</source>
        <translation>違約金は円の金額で入力してください（入力値：「{text}」）。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/notice_dialog.py" line="152" />
        <source>Enter the day the contract ends.</source>
        <translation>契約終了日を入力してください。</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../penaltytracker/ui/ops.py" line="152" />
        <source>Please wait</source>
        <translation>お待ちください</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/ops.py" line="167" />
        <source>Unexpected error ({kind}): {message}</source>
        <translation>予期しないエラー（{kind}）：{message}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/ops.py" line="173" />
        <source>The operation failed</source>
        <translation>処理に失敗しました</translation>
    </message>
</context>
<context>
    <name>OrderEventDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="47" />
        <source>Log an order event</source>
        <translation>注文の出来事を記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="55" />
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="59" />
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="63" />
        <source>A handle, as far as known (nothing more)</source>
        <translation>わかる範囲のニックネームなど（それ以上は記録しない）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="76" />
        <source>Order ID</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="76" />
        <source>Date and time (JST)</source>
        <translation>日時（JST）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="77" />
        <source>What happened</source>
        <translation>出来事</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="77" />
        <source>Payment method</source>
        <translation>支払い方法</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="78" />
        <source>Cancelled by</source>
        <translation>キャンセルした人</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="78" />
        <source>Buyer</source>
        <translation>購入者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="79" />
        <source>Item name</source>
        <translation>商品名</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="80" />
        <source>Subtotal (yen)</source>
        <translation>小計（円）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="81" />
        <source>Shipping both ways (yen)</source>
        <translation>往復送料（円）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="82" />
        <source>Days tied up</source>
        <translation>在庫の拘束日数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="82" />
        <source>Reason given</source>
        <translation>申告された理由</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="83" />
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="101" />
        <source>The order ID is required.</source>
        <translation>注文番号を入力してください。</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="177" />
        <source>Log order event…</source>
        <translation>注文の出来事を記録…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="178" />
        <source>Import report CSV…</source>
        <translation>レポートCSVを取り込む…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="179" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="180" />
        <source>Erase a buyer…</source>
        <translation>購入者を消去…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="181" />
        <source>Date and time (JST)</source>
        <translation>日時（JST）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="181" />
        <source>Order ID</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="181" />
        <source>Event</source>
        <translation>出来事</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="182" />
        <source>Payment</source>
        <translation>支払い</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="182" />
        <source>Buyer</source>
        <translation>購入者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="182" />
        <source>ASIN/SKU</source>
        <translation>ASIN/SKU</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="183" />
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="183" />
        <source>Subtotal</source>
        <translation>小計</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="183" />
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="184" />
        <source>Pattern</source>
        <translation>パターン</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="184" />
        <source>Buyer or item</source>
        <translation>購入者・商品</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="184" />
        <source>Events</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="185" />
        <source>First</source>
        <translation>最初</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="185" />
        <source>Last</source>
        <translation>最後</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="186" />
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="186" />
        <source>Channel</source>
        <translation>手段</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="186" />
        <source>Case number</source>
        <translation>ケース番号</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="187" />
        <source>Reported</source>
        <translation>報告対象</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="187" />
        <source>Reply</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="189" />
        <source>Flagged patterns ({n} or more events within {d} days)</source>
        <translation>検出されたパターン（{d}日以内に{n}件以上）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="191" />
        <source>No pattern is flagged.</source>
        <translation>検出されたパターンはありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="192" />
        <source>Evidence for the marketplace's support</source>
        <translation>マーケットプレイスのサポートへの報告文</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="193" />
        <source>Reports made</source>
        <translation>報告の記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="194" />
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="195" />
        <source>Save as text…</source>
        <translation>テキストで保存…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="196" />
        <source>Save as PDF…</source>
        <translation>PDFで保存…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="197" />
        <source>Log report…</source>
        <translation>報告を記録…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="198" />
        <source>Choose a flagged pattern, or events in the log, to see the numbered evidence.</source>
        <translation>パターン、または一覧の記録を選ぶと、番号付きの報告文を表示します。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="215" />
        <source>Choose a shop in the list above.</source>
        <translation>上の一覧から店舗を選んでください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="236" />
        <source>Could not read the order events</source>
        <translation>注文の記録を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="247" />
        <source>Same buyer</source>
        <translation>同一購入者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="247" />
        <source>Same item</source>
        <translation>同一商品</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="293" />
        <source>The evidence is on the clipboard.</source>
        <translation>報告文をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="296" />
        <source>Save the evidence</source>
        <translation>報告文を保存</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="297" />
        <source>Text files (*.txt)</source>
        <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="305" />
        <location filename="../../penaltytracker/ui/orders_page.py" line="324" />
        <source>Could not save the evidence</source>
        <translation>報告文を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="306" />
        <location filename="../../penaltytracker/ui/orders_page.py" line="326" />
        <source>Saved {file}.</source>
        <translation>{file} に保存しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="309" />
        <source>Save the evidence as PDF</source>
        <translation>報告文をPDFで保存</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="310" />
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="321" />
        <source>Record of suspicious orders — {shop}</source>
        <translation>不審な注文の記録 — {shop}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="333" />
        <source>Could not save the order event</source>
        <translation>注文の記録を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="353" />
        <source>Log order event</source>
        <translation>注文の出来事を記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="365" />
        <source>Delete order events</source>
        <translation>注文の記録を削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="369" />
        <source>Import a marketplace report</source>
        <translation>マーケットプレイスのレポートを取り込む</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="370" />
        <source>CSV or text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV・テキストファイル (*.csv *.txt *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="378" />
        <location filename="../../penaltytracker/ui/orders_page.py" line="394" />
        <source>Nothing was imported</source>
        <translation>何も取り込まれませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="395" />
        <source>Imported {n} new event(s).</source>
        <translation>新しい記録を{n}件取り込みました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="396" />
        <source>Importing {file}…</source>
        <translation>{file} を取り込んでいます…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="402" />
        <source>{n} orders</source>
        <translation>{n}件の注文</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="412" />
        <source>Could not save the report</source>
        <translation>報告を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="422" />
        <source>No buyer is recorded.</source>
        <translation>購入者は記録されていません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="424" />
        <source>Erase a buyer</source>
        <translation>購入者を消去</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="425" />
        <source>Replace this buyer's handle in every event and report with an anonymous token (cannot be undone):</source>
        <translation>この購入者の名前を、すべての記録と報告で匿名の記号に置き換えます（元に戻せません）：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="436" />
        <source>The buyer is now {token}.</source>
        <translation>購入者を {token} に置き換えました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/orders_page.py" line="439" />
        <source>Could not erase the buyer</source>
        <translation>購入者を消去できませんでした</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="45" />
        <source>Shop</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="45" />
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="45" />
        <source>Points this year</source>
        <translation>年間累積違反点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="45" />
        <source>Next level</source>
        <translation>次のレベル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="46" />
        <source>Points left</source>
        <translation>残り点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="54" />
        <source>No points (not Rakuten)</source>
        <translation>対象外（楽天市場以外）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="56" />
        <source>None</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="138" />
        <source>All shops</source>
        <translation>全店舗一覧</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="139" />
        <source>This year's points of every shop, worst first. Double-click a shop to open its dashboard.</source>
        <translation>全店舗の今年の累積違反点数（点数の多い順）。店舗をダブルクリックするとダッシュボードを開きます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/overview.py" line="167" />
        <source>Could not read the shops</source>
        <translation>店舗を読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../penaltytracker/ui/pdf_export.py" line="22" />
        <source>Choose the shop for the PDF in the list above first.</source>
        <translation>PDFにする店舗を上の一覧から選んでください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/pdf_export.py" line="23" />
        <source>Export PDF</source>
        <translation>PDFに書き出す</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/pdf_export.py" line="24" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/pdf_export.py" line="25" />
        <source>Writing the PDF…</source>
        <translation>PDFを作成しています…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/pdf_export.py" line="26" />
        <source>The PDF could not be written</source>
        <translation>PDFを書き出せませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/pdf_export.py" line="27" />
        <source>The PDF was saved.</source>
        <translation>PDFを保存しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/pdf_export.py" line="28" />
        <source>Open it now?</source>
        <translation>今すぐ開きますか？</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <location filename="../../penaltytracker/ui/tray.py" line="132" />
        <source>Could not read what is due</source>
        <translation>やることを読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/tray.py" line="163" />
        <source>Show PenaltyTracker</source>
        <translation>PenaltyTracker を表示</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/tray.py" line="164" />
        <source>Check what is due now</source>
        <translation>やることを今すぐ確認</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/tray.py" line="165" />
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/tray.py" line="170" />
        <source>PenaltyTracker: {n} thing(s) to do</source>
        <translation>PenaltyTracker：やること {n} 件</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/tray.py" line="171" />
        <source>PenaltyTracker: nothing is due</source>
        <translation>PenaltyTracker：やることはありません</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="157" />
        <source>Log a report to the marketplace</source>
        <translation>マーケットプレイスへの報告を記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="162" />
        <source>Seller support (case form)</source>
        <translation>出品者サポート（ケース）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="162" />
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="162" />
        <source>Mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="163" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="169" />
        <source>Reported</source>
        <translation>報告対象</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="170" />
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="171" />
        <source>Channel</source>
        <translation>手段</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="172" />
        <source>Case number</source>
        <translation>ケース番号</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/order_dialogs.py" line="173" />
        <source>Reply</source>
        <translation>回答</translation>
    </message>
</context>
<context>
    <name>RestrictionBanner</name>
    <message>
        <location filename="../../penaltytracker/ui/restriction_banner.py" line="68" />
        <source>until further notice, day {n}</source>
        <translation>解除まで（{n}日目）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_banner.py" line="70" />
        <source>until {end}, {n} days left</source>
        <translation>{end} まで（残り{n}日）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_banner.py" line="72" />
        <source>next due {d}</source>
        <translation>次の期限 {d}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_banner.py" line="72" />
        <source>nothing due</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_banner.py" line="82" />
        <source>Restrictions in force: {n}</source>
        <translation>制限・凍結 {n}件</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_banner.py" line="86" />
        <source>The violation points system is Rakuten Ichiba's only: {shop} sells on {marketplace}, so there are no points, levels or sanctions to show.</source>
        <translation>違反点数制度は楽天市場のみです。「{shop}」は{marketplace}のショップなので、点数・違反レベル・制裁はありません。</translation>
    </message>
</context>
<context>
    <name>RestrictionDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="81" />
        <source>Edit restriction</source>
        <translation>制限を編集</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="81" />
        <source>New restriction</source>
        <translation>新しい制限</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="98" />
        <source>Until further notice (no end date)</source>
        <translation>解除まで（期限なし）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="105" />
        <source>days</source>
        <translation>日間</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="116" />
        <source>Leave empty for the template's request</source>
        <translation>空欄ならテンプレートのお願い文を使います</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="126" />
        <source>Shop</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="129" />
        <source>What is blocked</source>
        <translation>制限される内容</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="130" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="131" />
        <source>Start</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="132" />
        <source>Length</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="133" />
        <source>Notice text (quoted)</source>
        <translation>通知の文面（引用）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="134" />
        <source>Account ID</source>
        <translation>アカウントID</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="135" />
        <source>What happened</source>
        <translation>経緯</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="136" />
        <source>What was fixed</source>
        <translation>実施した是正</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="137" />
        <source>What prevents it</source>
        <translation>再発防止策</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="138" />
        <source>Request</source>
        <translation>お願い</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="139" />
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="198" />
        <source>Choose the shop.</source>
        <translation>店舗を選んでください。</translation>
    </message>
</context>
<context>
    <name>RestrictionsPage</name>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="199" />
        <source>Could not read the restrictions</source>
        <translation>制限を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="204" />
        <source>Restrictions and account freezes</source>
        <translation>制限・凍結</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="205" />
        <source>Every restriction on the shop's marketplaces, with the days left, the exchange with support and the trades to look after. Active ones first.</source>
        <translation>各マーケットプレイスの制限・凍結と残り日数、事務局とのやり取り、対応が必要な取引。制限中のものが先頭です。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="207" />
        <source>New restriction…</source>
        <translation>制限を記録…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="208" />
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="209" />
        <source>Lifted early…</source>
        <translation>早期解除…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="210" />
        <source>Resolve…</source>
        <translation>解決…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="211" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="212" />
        <source>Change history…</source>
        <translation>変更履歴…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="213" />
        <source>Shop's marketplace…</source>
        <translation>店舗のマーケットプレイス…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="215" />
        <source>Shop</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="215" />
        <source>Marketplace</source>
        <translation>マーケット</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="215" />
        <source>Blocked</source>
        <translation>制限内容</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="215" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="215" />
        <source>Start</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="216" />
        <source>End</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="216" />
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="216" />
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="216" />
        <source>Next due</source>
        <translation>次の期限</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="217" />
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="217" />
        <source>Channel</source>
        <translation>手段</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="217" />
        <source>Direction</source>
        <translation>向き</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="218" />
        <source>Summary</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="218" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="218" />
        <source>Documents</source>
        <translation>書類</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="219" />
        <source>Shipped on</source>
        <translation>発送日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="219" />
        <source>Buyer</source>
        <translation>購入者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="219" />
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="220" />
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="220" />
        <source>Tell the buyer</source>
        <translation>購入者に伝えること</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="221" />
        <source>Case log</source>
        <translation>連絡記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="222" />
        <source>Open trades</source>
        <translation>対応が必要な取引</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="223" />
        <source>Inquiry / appeal text</source>
        <translation>問い合わせ・申し立て文</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="224" />
        <source>Log a contact…</source>
        <translation>連絡を記録…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="225" />
        <source>Due date met</source>
        <translation>期限の対応済み</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="226" />
        <source>Open documents folder</source>
        <translation>書類フォルダーを開く</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="227" />
        <source>Add a trade…</source>
        <translation>取引を追加…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="228" />
        <source>Looked after</source>
        <translation>対応済みにする</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="229" />
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="230" />
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="233" />
        <source>Active</source>
        <translation>制限中</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="233" />
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="233" />
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="399" />
        <source>Lifted early</source>
        <translation>早期解除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="234" />
        <source>Resolved</source>
        <translation>解決</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="234" />
        <source>Not started</source>
        <translation>開始前</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="241" />
        <source>day {n}</source>
        <translation>{n}日目</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="242" />
        <source>{n} days left</source>
        <translation>残り{n}日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="258" />
        <source> (overdue)</source>
        <translation>（期限切れ）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="262" />
        <source>until further notice</source>
        <translation>解除まで</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="300" />
        <source>No restrictions recorded.</source>
        <translation>制限・凍結の記録はありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="310" />
        <source>{start} to {end} ({days} days)</source>
        <translation>{start} 〜 {end}（{days}日間）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="312" />
        <source>from {start}, until further notice</source>
        <translation>{start} から解除まで</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="315" />
        <source>lifted on {d}</source>
        <translation>{d} に解除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="318" />
        <source>appeal by {d} (as sellers report it)</source>
        <translation>申し立て期限の目安 {d}（出品者の報告による）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="320" />
        <source>resolved on {d}: {outcome}</source>
        <translation>{d} に解決：{outcome}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="324" />
        <source>Still allowed: {text}</source>
        <translation>まだできること：{text}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="326" />
        <source>Mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="326" />
        <source>Inquiry form</source>
        <translation>問い合わせフォーム</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="326" />
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="327" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="329" />
        <source>sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="329" />
        <source>received</source>
        <translation>受信</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="330" />
        <source> (done)</source>
        <translation>（対応済み）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="335" />
        <source> (looked after)</source>
        <translation>（対応済み）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="373" />
        <source>Add restriction</source>
        <translation>制限を追加</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="374" />
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="389" />
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="413" />
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="417" />
        <source>Could not save the restriction</source>
        <translation>制限を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="388" />
        <source>Edit restriction</source>
        <translation>制限を編集</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="399" />
        <source>Resolve the case</source>
        <translation>解決として閉じる</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="415" />
        <source>Resolve restriction</source>
        <translation>制限を解決</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="415" />
        <source>Lift restriction</source>
        <translation>制限を解除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="424" />
        <source>Delete restriction</source>
        <translation>制限を削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="425" />
        <source>Could not delete</source>
        <translation>削除できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="443" />
        <source>Could not save the shop</source>
        <translation>店舗を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="463" />
        <source>Log contact</source>
        <translation>連絡を記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="464" />
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="500" />
        <source>Could not save the contact</source>
        <translation>連絡記録を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="477" />
        <source>Add trade</source>
        <translation>取引を追加</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="477" />
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="491" />
        <source>Could not save the trade</source>
        <translation>取引を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="513" />
        <source>Save the text</source>
        <translation>文面を保存</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="514" />
        <source>Text files (*.txt)</source>
        <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_page.py" line="523" />
        <source>Could not save the text</source>
        <translation>文面を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restrictions_tab.py" line="30" />
        <source>Restrictions</source>
        <translation>制限・凍結</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="171" />
        <source>Resume selling</source>
        <translation>販売を再開</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="174" />
        <source>Why it is safe to sell again</source>
        <translation>販売を再開してよい理由</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="177" />
        <source>Resumed at</source>
        <translation>再開日時</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/incident_dialogs.py" line="178" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>Sanctions</name>
    <message>
        <location filename="../../penaltytracker/ui/widgets.py" line="87" />
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/widgets.py" line="88" />
        <source>Expected</source>
        <translation>見込み</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="45" />
        <source>Edit shipment</source>
        <translation>出荷の編集</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="45" />
        <source>New delay incident</source>
        <translation>発送遅延の記録</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="55" />
        <source>Not shipped yet</source>
        <translation>未出荷</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="60" />
        <source>Cancelled order: not a shipment, neither on time nor late</source>
        <translation>キャンセルされた注文（出荷件数に数えず、遅延にもなりません）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="64" />
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="70" />
        <source>The customer was told about the delay</source>
        <translation>お客様に遅延を連絡した</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="101" />
        <source>Shop</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="102" />
        <source>Order number (受注番号) *</source>
        <translation>受注番号 *</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="103" />
        <source>Promised ship date (出荷予定日) *</source>
        <translation>出荷予定日 *</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="104" />
        <source>Shipped on (出荷日)</source>
        <translation>出荷日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="105" />
        <source>Delivered on (お届け日)</source>
        <translation>お届け日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="106" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="107" />
        <source>Cause</source>
        <translation>遅延理由</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="108" />
        <source>Carrier</source>
        <translation>配送業者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="109" />
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="110" />
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="162" />
        <source>Enter the order number.</source>
        <translation>受注番号を入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="164" />
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="197" />
        <source>At most {n} characters.</source>
        <translation>{n} 文字以内で入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="166" />
        <source>This order is already in the log; edit it there.</source>
        <translation>この注文はすでに記録されています。記録を編集してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="171" />
        <source>Enter the promised ship date.</source>
        <translation>出荷予定日を入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="177" />
        <source>Enter the ship date, or tick “Not shipped yet”.</source>
        <translation>出荷日を入力するか、「未出荷」にチェックしてください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="179" />
        <source>The ship date {day} is after today; tick “Not shipped yet” if it has not shipped.</source>
        <translation>出荷日 {day} は今日より後です。まだ出荷していない場合は「未出荷」にチェックしてください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="182" />
        <source>The ship date is before the order date {day}.</source>
        <translation>出荷日が注文日 {day} より前です。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="188" />
        <source>The delivery date {day} is after today.</source>
        <translation>お届け日 {day} は今日より後です。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="191" />
        <source>The delivery date is before the ship date {day}.</source>
        <translation>お届け日が出荷日 {day} より前です。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_dialogs.py" line="194" />
        <source>The delivery date is before the order date {day}.</source>
        <translation>お届け日が注文日 {day} より前です。</translation>
    </message>
</context>
<context>
    <name>ShipmentTableModel</name>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="79" />
        <source>Could not read the shipments</source>
        <translation>出荷記録を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="90" />
        <source>Order number</source>
        <translation>受注番号</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="90" />
        <source>Promised ship date</source>
        <translation>出荷予定日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="91" />
        <source>Shipped on</source>
        <translation>出荷日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="91" />
        <source>Days late</source>
        <translation>遅延日数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="91" />
        <source>Cause</source>
        <translation>遅延理由</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="92" />
        <source>Carrier</source>
        <translation>配送業者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="92" />
        <source>Customer contacted</source>
        <translation>お客様への連絡</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="93" />
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="93" />
        <source>Shop</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="93" />
        <source>Delivered on</source>
        <translation>お届け日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="122" />
        <location filename="../../penaltytracker/ui/shipping_page.py" line="126" />
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="123" />
        <source>Not shipped yet</source>
        <translation>未出荷</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="133" />
        <source>No cause given</source>
        <translation>理由未記入</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="136" />
        <source>Yes</source>
        <translation>はい</translation>
    </message>
</context>
<context>
    <name>ShippingCriteriaCard</name>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="171" />
        <source>Shipping: the 最強配送 label's shop criteria</source>
        <translation>出荷：最強配送ラベルの店舗基準</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_criteria.py" line="198" />
        <source>Could not read the shipments</source>
        <translation>出荷データを読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>ShippingPage</name>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="307" />
        <source>Could not read the shipments</source>
        <translation>出荷記録を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="311" />
        <source>Choose a shop to see its on-time shipping rate.</source>
        <translation>店舗を選ぶと納期遵守率が表示されます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="312" />
        <source>No shipments recorded for this shop yet.</source>
        <translation>この店舗の出荷記録はまだありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="334" />
        <source>{start} to {end}</source>
        <translation>{start} 〜 {end}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="336" />
        <source>On-time shipping ({span}): no shipments due.</source>
        <translation>納期遵守率（{span}）：対象の出荷はありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="338" />
        <source>On-time shipping ({span}): {rate} — {late} of {n} late; target {target}.</source>
        <translation>納期遵守率（{span}）：{rate} — {n} 件中 {late} 件が遅延、目標 {target}。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="341" />
        <source>Not eligible: {n} of the {m} shipments needed.</source>
        <translation>対象外：必要な {m}件のうち {n}件です。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="343" />
        <source>Target met.</source>
        <translation>目標を達成しています。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="343" />
        <source>Below target.</source>
        <translation>目標を下回っています。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="347" />
        <source>Order number, carrier or note</source>
        <translation>受注番号・配送業者・メモ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="348" />
        <source>&amp;Search:</source>
        <translation>検索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="350" />
        <source>Cause:</source>
        <translation>遅延理由：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="351" />
        <source>Late only</source>
        <translation>遅延のみ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="354" />
        <source>All causes</source>
        <translation>すべての理由</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="357" />
        <source>No cause given</source>
        <translation>理由未記入</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="360" />
        <source>New delay incident…</source>
        <translation>発送遅延を記録…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="361" />
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="362" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="365" />
        <source>Import orders…</source>
        <translation>注文データをインポート…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="370" />
        <source>{count} shipment(s)</source>
        <translation>{count} 件の出荷</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="387" />
        <source>Not cancelled</source>
        <translation>キャンセルを取り消す</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="388" />
        <source>Mark cancelled</source>
        <translation>キャンセルにする</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="415" />
        <source>Saved order {order} ({shop}).</source>
        <translation>受注 {order}（{shop}）を保存しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="417" />
        <location filename="../../penaltytracker/ui/shipping_page.py" line="426" />
        <source>Could not save the shipment</source>
        <translation>出荷記録を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="432" />
        <source>Delete shipment</source>
        <translation>出荷記録の削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="433" />
        <source>Delete order {order} from the log?</source>
        <translation>受注番号 {order} を記録から削除しますか？</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="443" />
        <source>Deleted order {order} from the log.</source>
        <translation>受注 {order} を記録から削除しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="446" />
        <source>Could not delete the shipment</source>
        <translation>出荷記録を削除できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="479" />
        <source>Imported {n} order(s) from {file}: {added} added, {updated} updated.</source>
        <translation>{file} から受注 {n} 件を取り込みました（追加 {added} 件、更新 {updated} 件）。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="486" />
        <source>Could not import the orders</source>
        <translation>注文データをインポートできませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shipping_page.py" line="487" />
        <source>Importing orders…</source>
        <translation>注文データをインポートしています…</translation>
    </message>
</context>
<context>
    <name>ShopMarketplaceDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="213" />
        <source>Shop and marketplace</source>
        <translation>店舗とマーケットプレイス</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="228" />
        <source>Shop</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="230" />
        <source>Marketplace</source>
        <translation>マーケットプレイス</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="244" />
        <source>A new shop will be added.</source>
        <translation>新しい店舗として追加します。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="249" />
        <source>Enter the shop.</source>
        <translation>店舗を入力してください。</translation>
    </message>
</context>
<context>
    <name>ShopsDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="108" />
        <source>Manage shops</source>
        <translation>店舗の管理</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="109" />
        <source>Shops in this data file</source>
        <translation>このデータファイルの店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="110" />
        <source>&amp;Name:</source>
        <translation>店舗名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="111" />
        <source>&amp;Add as a new shop</source>
        <translation>新しい店舗として追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="112" />
        <source>Re&amp;name the selected shop</source>
        <translation>選択した店舗の名前を変更(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="113" />
        <source>Merge &amp;into:</source>
        <translation>統合先(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="114" />
        <source>&amp;Merge the selected shop into it</source>
        <translation>選択した店舗を統合先に統合(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="115" />
        <source>&amp;Remove the selected shop (only when it holds no records)</source>
        <translation>選択した店舗を削除（記録がない場合のみ）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="123" />
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="158" />
        <source>Could not read the shops</source>
        <translation>店舗を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="153" />
        <source>Records of “{shop}”: {records}</source>
        <translation>「{shop}」の記録：{records}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="171" />
        <source>Could not add the shop</source>
        <translation>店舗を追加できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="180" />
        <source>Could not rename the shop</source>
        <translation>店舗の名前を変更できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="189" />
        <source>Merge shops</source>
        <translation>店舗の統合</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="190" />
        <source>Move every record of “{source}” to “{into}” and remove “{source}”?</source>
        <translation>「{source}」のすべての記録を「{into}」に移し、「{source}」を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="194" />
        <source>Violations, shipments and weekly reviews all move. This cannot be undone with Ctrl+Z.</source>
        <translation>違反・出荷・週次レビューがすべて移ります。この操作は Ctrl+Z では元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="196" />
        <source>Merge</source>
        <translation>統合する</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="206" />
        <source>Could not merge the shops</source>
        <translation>店舗を統合できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/shops_dialog.py" line="220" />
        <source>Could not remove the shop</source>
        <translation>店舗を削除できませんでした</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../penaltytracker/ui/i18n.py" line="111" />
        <source>Withdrawn</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/i18n.py" line="112" />
        <source>Active</source>
        <translation>有効</translation>
    </message>
</context>
<context>
    <name>TodoPanel</name>
    <message>
        <location filename="../../penaltytracker/ui/todo_panel.py" line="96" />
        <source>Could not read what is due</source>
        <translation>やることを読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/todo_panel.py" line="99" />
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/todo_panel.py" line="99" />
        <source>Shop</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/todo_panel.py" line="99" />
        <source>What to do</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/todo_panel.py" line="100" />
        <source>Nothing is due.</source>
        <translation>やることはありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/todo_panel.py" line="114" />
        <source>To do ({n})</source>
        <translation>やること（{n}）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/todo_panel.py" line="114" />
        <source>To do</source>
        <translation>やること</translation>
    </message>
</context>
<context>
    <name>TradeDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="336" />
        <source>Open trade</source>
        <translation>対応が必要な取引</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="348" />
        <source> yen</source>
        <translation> 円</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="356" />
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="358" />
        <source>Buyer</source>
        <translation>購入者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="359" />
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="360" />
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="361" />
        <source>Shipped on</source>
        <translation>発送日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="362" />
        <source>Trade / order ID</source>
        <translation>取引ID・注文番号</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="363" />
        <source>What the buyer must be told</source>
        <translation>購入者に伝えること</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/restriction_dialogs.py" line="377" />
        <source>Enter the item.</source>
        <translation>商品名を入力してください。</translation>
    </message>
</context>
<context>
    <name>Troubles</name>
    <message>
        <location filename="../../penaltytracker/ui/troubles_tabs.py" line="76" />
        <source>Troubles</source>
        <translation>トラブル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/troubles_tabs.py" line="77" />
        <source>Suspicious orders</source>
        <translation>不審な注文</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/troubles_tabs.py" line="78" />
        <source>New &amp;incident…</source>
        <translation>トラブルを記録(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>TroublesNote</name>
    <message>
        <location filename="../../penaltytracker/ui/troubles_tabs.py" line="160" />
        <source>Could not read the incidents</source>
        <translation>トラブルを読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>TroublesReviewBox</name>
    <message>
        <location filename="../../penaltytracker/ui/troubles_tabs.py" line="177" />
        <source>Open incidents and suspicious orders</source>
        <translation>対応中のトラブルと不審な注文</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/troubles_tabs.py" line="184" />
        <source>No open incident, no pattern flagged this week.</source>
        <translation>対応中のトラブルも、今週検出されたパターンもありません。</translation>
    </message>
</context>
<context>
    <name>TroublesSummary</name>
    <message>
        <location filename="../../penaltytracker/ui/troubles_tabs.py" line="99" />
        <source> — selling stopped</source>
        <translation>（販売停止中）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/troubles_tabs.py" line="101" />
        <source>Open incident #{id}: {category}, since {at}{stopped}</source>
        <translation>対応中のトラブル #{id}：{category}（{at} から）{stopped}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/troubles_tabs.py" line="107" />
        <source>same buyer</source>
        <translation>同一購入者</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/troubles_tabs.py" line="109" />
        <source>same item</source>
        <translation>同一商品</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/troubles_tabs.py" line="111" />
        <source>Suspicious orders ({kind}): {key}{pay}, {n} events {first} – {last}</source>
        <translation>不審な注文（{kind}）：{key}{pay}　{n}件（{first}〜{last}）</translation>
    </message>
</context>
<context>
    <name>ViolationDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="41" />
        <source>Edit violation</source>
        <translation>違反の編集</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="41" />
        <source>New violation</source>
        <translation>違反の追加</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="53" />
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="95" />
        <source>Shop *</source>
        <translation>店舗 *</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="96" />
        <source>Points date (加点日) *</source>
        <translation>加点日 *</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="97" />
        <source>Occurred on (発生日)</source>
        <translation>発生日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="98" />
        <source>Category</source>
        <translation>違反区分</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="99" />
        <source>Points *</source>
        <translation>点数 *</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="100" />
        <source>Title</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="101" />
        <source>Notice ref. (管理番号)</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="102" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="103" />
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="104" />
        <source>Corrective action</source>
        <translation>是正措置</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="112" />
        <source>* required</source>
        <translation>* は必須項目です</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="156" />
        <source>usually {points} points</source>
        <translation>通常 {points} 点</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="175" />
        <source>Enter the shop.</source>
        <translation>店舗を入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="177" />
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="199" />
        <source>At most {n} characters.</source>
        <translation>{n} 文字以内で入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="182" />
        <source>Enter the date the points were added.</source>
        <translation>加点日を入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="187" />
        <source>The violation cannot occur after its points were added.</source>
        <translation>発生日は加点日より後にできません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="191" />
        <source>Enter the points (0 or more).</source>
        <translation>点数（0以上）を入力してください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="193" />
        <source>Points must be a whole number of 0 or more, not “{text}”.</source>
        <translation>点数は0以上の整数で入力してください（入力：「{text}」）。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="257" />
        <source>Points date in the future</source>
        <translation>未来の加点日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_dialog.py" line="258" />
        <source>The points date {day} is after today ({today}). Save it anyway?</source>
        <translation>加点日 {day} は今日（{today}）より後です。このまま保存しますか？</translation>
    </message>
</context>
<context>
    <name>ViolationLogPage</name>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="227" />
        <source>Could not read the violation log</source>
        <translation>違反履歴を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="233" />
        <location filename="../../penaltytracker/ui/violation_log.py" line="272" />
        <source>All years</source>
        <translation>すべての年</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="235" />
        <source>{year}</source>
        <translation>{year}年</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="255" />
        <source>Title, details, notice ref. or shop</source>
        <translation>内容・詳細・管理番号・店舗で検索</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="256" />
        <source>&amp;Search:</source>
        <translation>検索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="257" />
        <source>Year:</source>
        <translation>年：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="258" />
        <source>Category:</source>
        <translation>違反区分：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="259" />
        <source>Status:</source>
        <translation>状態：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="262" />
        <source>All categories</source>
        <translation>すべての区分</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="267" />
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="274" />
        <source>New violation…</source>
        <translation>違反を追加…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="275" />
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="276" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="281" />
        <source>{count} violation(s)</source>
        <translation>{count} 件</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="295" />
        <source>Restore</source>
        <translation>取り消しを戻す</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="297" />
        <source>Withdraw</source>
        <translation>取り消し</translation>
    </message>
</context>
<context>
    <name>ViolationTableModel</name>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="66" />
        <source>Could not read the violation log</source>
        <translation>違反履歴を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="78" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="78" />
        <source>Points date</source>
        <translation>加点日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="78" />
        <source>Occurred on</source>
        <translation>発生日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="79" />
        <source>Shop</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="79" />
        <source>Category</source>
        <translation>違反区分</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="79" />
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="80" />
        <source>Title</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="80" />
        <source>Notice ref.</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/violation_log.py" line="80" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>WeeklyReview</name>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="37" />
        <source>Weekly review</source>
        <translation>週次レビュー</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="38" />
        <source>the 7 days {a} to {b}</source>
        <translation>{a} 〜 {b} の7日間</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="39" />
        <source>Choose a shop to review in the list above.</source>
        <translation>レビューする店舗を上の一覧から選んでください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="40" />
        <source>No weekly review yet.</source>
        <translation>まだ週次レビューをしていません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="41" />
        <source>Last reviewed today</source>
        <translation>最終レビュー：今日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="42" />
        <source>Last reviewed {n} days ago</source>
        <translation>最終レビュー：{n}日前</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="43" />
        <source> ({n} days or more: time for the weekly review)</source>
        <translation>（{n}日以上たちました。週次レビューをしましょう）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="44" />
        <source>Points added this week: +{n} ({k} violation(s))</source>
        <translation>今週加算された点数：+{n}点（{k}件）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="45" />
        <source>Level: {a} → {b}</source>
        <translation>違反レベル：{a} → {b}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="46" />
        <source> (up)</source>
        <translation>（上昇）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="47" />
        <source> (down)</source>
        <translation>（低下）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="48" />
        <source> (no change)</source>
        <translation>（変化なし）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="49" />
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="50" />
        <source>New violations this week</source>
        <translation>今週の新しい違反</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="51" />
        <source>Late shipments this week</source>
        <translation>今週の出荷遅延</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="52" />
        <source>Sanctions ending in the next 7 days</source>
        <translation>今後7日以内に終わる制裁</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="53" />
        <source>No new violations this week.</source>
        <translation>今週の新しい違反はありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="54" />
        <source>No late shipments this week.</source>
        <translation>今週の出荷遅延はありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="55" />
        <source>No sanction ends in the next 7 days.</source>
        <translation>今後7日以内に終わる制裁はありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="56" />
        <source>{name} (level {lv}): until {end}</source>
        <translation>{name}（レベル{lv}）：{end} まで</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="58" />
        <source>Points date</source>
        <translation>加点日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="59" />
        <source>Category</source>
        <translation>違反区分</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="60" />
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="61" />
        <source>Title</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="62" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="64" />
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="65" />
        <source>Withdrawn</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="67" />
        <source>Order</source>
        <translation>受注番号</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="68" />
        <source>Promised</source>
        <translation>出荷予定日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="69" />
        <source>Shipped</source>
        <translation>出荷日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="70" />
        <source>Days late</source>
        <translation>遅延日数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="71" />
        <source>Cause</source>
        <translation>遅延理由</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="73" />
        <source>not shipped</source>
        <translation>未出荷</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="74" />
        <source>No cause given</source>
        <translation>理由未記入</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="75" />
        <source>Note (optional)</source>
        <translation>メモ（任意）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="76" />
        <source>Review done</source>
        <translation>レビュー完了</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="77" />
        <source>Review recorded for {d}.</source>
        <translation>{d} にレビュー完了を記録しました。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="78" />
        <source>Earlier reviews and their notes</source>
        <translation>これまでのレビューとメモ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="79" />
        <source>No review recorded yet.</source>
        <translation>まだレビューの記録はありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="80" />
        <source>{d} ({who}): {note}</source>
        <translation>{d}（{who}）：{note}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/weekly_review.py" line="81" />
        <source>no note</source>
        <translation>メモなし</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../penaltytracker/ui/welcome.py" line="62" />
        <source>Welcome to PenaltyTracker</source>
        <translation>PenaltyTracker へようこそ</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/welcome.py" line="63" />
        <source>This data file holds no shops yet. Start with one of these:</source>
        <translation>このデータファイルにはまだ店舗がありません。次のどれかから始めてください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/welcome.py" line="65" />
        <source>Add a shop…</source>
        <translation>店舗を追加…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/welcome.py" line="65" />
        <source>Type your shop's name as it appears in Rakuten's notices; then record each violation with Ctrl+N.</source>
        <translation>楽天からの通知に書かれている店舗名を入力します。そのあと違反を Ctrl+N で 1 件ずつ記録します。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/welcome.py" line="67" />
        <source>Import a violations CSV…</source>
        <translation>違反の CSV を取り込む…</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/welcome.py" line="67" />
        <source>A file from Excel (CP932 or UTF-8) with the columns 店舗, 加点日 and 点数; its shops are added.</source>
        <translation>Excel で保存したファイル（CP932 または UTF-8）で、店舗・加点日・点数の列があるもの。ファイルにある店舗は自動で追加されます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/welcome.py" line="69" />
        <source>Open a demo data file</source>
        <translation>デモ用データファイルを開く</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/welcome.py" line="69" />
        <source>Three example shops to look around in; your own data file is not touched.</source>
        <translation>例の店舗 3 つで操作を試せます。自分のデータファイルは変更されません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/welcome.py" line="75" />
        <source>Shops can be renamed, merged and removed later under Shops → Manage shops.</source>
        <translation>店舗の名前の変更・統合・削除は、あとから「店舗 → 店舗の管理」でできます。</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="124" />
        <source>What if more points came?</source>
        <translation>もし違反点数が加算されたら？</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="125" />
        <source>Enter the points of a possible violation and the day they would be added. The result shows the level and sanctions that would follow.</source>
        <translation>想定する違反の点数と加点日を入力すると、その結果のレベルと制裁が表示されます。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="127" />
        <source>Points:</source>
        <translation>点数：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="128" />
        <source>Added on:</source>
        <translation>加点日：</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="130" />
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="131" />
        <source>After</source>
        <translation>加算後</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="132" />
        <source>Sanctions in force on that day</source>
        <translation>その日に適用される制裁</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="133" />
        <source>No sanction would be in force on that day.</source>
        <translation>その日に適用される制裁はありません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="134" />
        <source>Nothing is saved.</source>
        <translation>シミュレーションの内容は保存されません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="135" />
        <source>Sanction</source>
        <translation>制裁</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="135" />
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="135" />
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="135" />
        <source>Until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="136" />
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="164" />
        <source>Could not compute the what-if</source>
        <translation>シミュレーションを計算できませんでした</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="167" />
        <source>&lt;b&gt;{points}&lt;/b&gt; points in {year}</source>
        <translation>{year}年の累積：&lt;b&gt;{points}&lt;/b&gt; 点</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="169" />
        <source>{n} points left before level {level}</source>
        <translation>あと {n} 点でレベル {level}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="171" />
        <source>Penalty fees this year: {fees}</source>
        <translation>今年の違約金：{fees}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="179" />
        <source>&lt;b style='color:#b91c1c'&gt;Levels {levels} would be reached.&lt;/b&gt;</source>
        <translation>&lt;b style='color:#b91c1c'&gt;レベル {levels} に達します。&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="182" />
        <source>Level {level}: {description}</source>
        <translation>レベル {level}：{description}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="190" />
        <source>Choose a shop first.</source>
        <translation>先に店舗を選んでください。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="197" />
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="198" />
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="200" />
        <source>Level {level}</source>
        <translation>レベル {level}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="199" />
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="201" />
        <source>No level</source>
        <translation>レベルなし</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="177" />
        <source>&lt;b style='color:#b91c1c'&gt;Level {level} would be reached.&lt;/b&gt;</source>
        <translation>&lt;b style='color:#b91c1c'&gt;レベル {level} に達します。&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/whatif_panel.py" line="209" />
        <source>{n} days</source>
        <translation>{n} 日</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="39" />
        <source>Withdraw violation</source>
        <translation>違反の取り消し</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="44" />
        <source>It never counted (withdrawn from its points date)</source>
        <translation>最初から数えない（加点日から取り消し）</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="51" />
        <source>Violation: {day}, {points} points, {title}</source>
        <translation>違反：{day}・{points} 点・{title}</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="53" />
        <source>Withdrawn on</source>
        <translation>取消日</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="55" />
        <source>It still counts on every day before this date: earlier statuses stay as they were.</source>
        <translation>この日より前の日には点数が数えられたままです。過去の状況は変わりません。</translation>
    </message>
    <message>
        <location filename="../../penaltytracker/ui/withdraw_dialog.py" line="74" />
        <source>The withdrawal date cannot be before the points date ({day}).</source>
        <translation>取消日は加点日（{day}）より前にできません。</translation>
    </message>
</context>
</TS>