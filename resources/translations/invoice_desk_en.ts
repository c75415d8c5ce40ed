<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/accounting_dialog.py" line="19"/>
        <source>Statut comptable</source>
        <translation>Accounting status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/accounting_dialog.py" line="25"/>
        <source>&amp;Statut :</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/accounting_dialog.py" line="26"/>
        <source>&amp;Commentaire (facultatif) :</source>
        <translation>&amp;Comment (optional):</translation>
    </message>
</context>
<context>
    <name>ActionsController</name>
    <message>
        <location filename="../../desktop_app/ui/actions_controller.py" line="96"/>
        <source>Facture {number} de {supplier}</source>
        <translation>Invoice {number} from {supplier}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions_controller.py" line="99"/>
        <source>{count} factures sélectionnées</source>
        <translation>{count} invoices selected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions_controller.py" line="131"/>
        <source>{number} : {message}</source>
        <translation>{number}: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions_controller.py" line="135"/>
        <source>{refused} facture(s) sur {total} n&apos;ont pas été traitées :</source>
        <translation>{refused} of {total} invoice(s) were not processed:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions_controller.py" line="152"/>
        <source>Mise en file des actions…</source>
        <translation>Queuing the actions…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions_controller.py" line="153"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions_controller.py" line="191"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>ApprovalQueueView</name>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="34"/>
        <source>Approbations en attente</source>
        <translation>Pending approvals</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="43"/>
        <source>Facture</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="44"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="45"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="46"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="47"/>
        <source>Montant HT</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="48"/>
        <source>Seuil HT</source>
        <translation>Threshold excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="49"/>
        <source>Demandée par</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="56"/>
        <source>Demandes d&apos;approbation</source>
        <translation>Approval requests</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="58"/>
        <source>Commentaire (obligatoire pour un refus)</source>
        <translation>Comment (required to refuse)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="61"/>
        <source>&amp;Commentaire</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="63"/>
        <source>&amp;Approuver la sélection</source>
        <translation>&amp;Approve selection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="64"/>
        <source>&amp;Refuser la sélection</source>
        <translation>&amp;Refuse selection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="65"/>
        <source>Ac&amp;tualiser</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="66"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="93"/>
        <source>{count} demande(s) que {user} peut décider aujourd&apos;hui (seuils, approbateurs et délégations de l&apos;entité).</source>
        <translation>{count} request(s) {user} may decide today (the entity&apos;s thresholds, approvers and delegations).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="106"/>
        <source>{user}, le {when}</source>
        <translation>{user}, on {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="140"/>
        <source>Indiquez le motif du refus en commentaire.</source>
        <translation>Give the reason for the refusal in the comment.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="148"/>
        <source>{count} demande(s) approuvée(s) : actions mises en file d&apos;envoi.</source>
        <translation>{count} request(s) approved: actions queued for sending.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="150"/>
        <source>{count} demande(s) refusée(s).</source>
        <translation>{count} request(s) refused.</translation>
    </message>
</context>
<context>
    <name>AttachmentsView</name>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="71"/>
        <source>&amp;Ouvrir la pièce</source>
        <extracomment>Types handed to the system viewer (after confirmation); others are only saved.</extracomment>
        <translation>&amp;Open attachment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="74"/>
        <source>Aucune pièce jointe.</source>
        <translation>No attachment.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="89"/>
        <source>{size} Ko</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="91"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="93"/>
        <source>{name} (pas encore téléchargée)</source>
        <translation>{name} (not downloaded yet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="113"/>
        <location filename="../../desktop_app/ui/attachments_view.py" line="132"/>
        <source>Pièce jointe</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="115"/>
        <source>Cette pièce n&apos;est pas encore téléchargée ; elle le sera à la prochaine synchronisation.</source>
        <translation>This attachment is not downloaded yet; it will be at the next synchronisation.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="124"/>
        <source>Ouvrir « {name} » avec la visionneuse du système ? Le fichier est copié dans un dossier privé.</source>
        <translation>Open “{name}” with the system viewer? The file is copied into a private folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="129"/>
        <source>Le type « {ext} » n&apos;est pas ouvert automatiquement. Enregistrer « {name} » dans un dossier privé et l&apos;afficher ?</source>
        <translation>Files of type “{ext}” are not opened automatically. Save “{name}” into a private folder and show it?</translation>
    </message>
</context>
<context>
    <name>AuditController</name>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="60"/>
        <source>l&apos;événement a été modifié</source>
        <translation>the event was modified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="61"/>
        <source>un ou plusieurs événements ont été supprimés avant lui</source>
        <translation>one or more events before it were deleted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="62"/>
        <source>l&apos;ordre des événements a été modifié</source>
        <translation>the order of the events was changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="64"/>
        <source>les derniers événements ont été supprimés à partir de celui-ci (l&apos;ancre signée n° {anchor} les couvrait)</source>
        <translation>the last events were deleted from this one on (signed anchor no. {anchor} covered them)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="68"/>
        <source>l&apos;ancre signée n° {anchor} est falsifiée : sa signature ou son certificat ne correspond pas</source>
        <translation>signed anchor no. {anchor} is forged: its signature or certificate does not match</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="72"/>
        <source>l&apos;événement ne correspond plus à l&apos;ancre signée n° {anchor}</source>
        <translation>the event no longer matches signed anchor no. {anchor}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="80"/>
        <source>{events} événement(s) vérifié(s), {anchors} ancre(s) signée(s) vérifiée(s).</source>
        <translation>{events} event(s) checked, {anchors} signed anchor(s) checked.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="86"/>
        <source>La piste d&apos;audit a été ALTÉRÉE.</source>
        <translation>The audit trail has been ALTERED.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="87"/>
        <source>Premier événement en cause : n° {id}.</source>
        <translation>First event concerned: no. {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="88"/>
        <source>Nature : {kind}.</source>
        <translation>Nature: {kind}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="89"/>
        <source>Détail technique : {detail}</source>
        <translation>Technical detail: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="93"/>
        <source>La piste d&apos;audit est intègre.</source>
        <translation>The audit trail is intact.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="98"/>
        <source>Aucune ancre signée : la suppression des derniers événements ne serait pas détectée. Les ancres sont signées avec votre certificat à chaque synchronisation.</source>
        <translation>No signed anchor: deleting the last events would go unnoticed. Anchors are signed with your certificate at each synchronisation.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="105"/>
        <source>Dernière ancre signée le {when} UTC par {signer}.</source>
        <translation>Last anchor signed on {when} UTC by {signer}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="113"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="114"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="117"/>
        <source>Exporter la piste d&apos;audit</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="153"/>
        <source>Piste d&apos;audit exportée dans {path}.</source>
        <translation>Audit trail exported to {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="161"/>
        <source>L&apos;opération sur la piste d&apos;audit a échoué : {error}</source>
        <translation>The audit trail operation failed: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="165"/>
        <source>Piste d&apos;audit</source>
        <translation>Audit trail</translation>
    </message>
</context>
<context>
    <name>CacheRepair</name>
    <message>
        <location filename="../../desktop_app/ui/cache_repair.py" line="21"/>
        <source>Réparer maintenant ?</source>
        <translation>Repair now?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cache_repair.py" line="23"/>
        <source>Réparer</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cache_repair.py" line="26"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cache_repair.py" line="38"/>
        <source>aucune copie saine : le cache repart vide et se remplit à la synchronisation</source>
        <translation>no sound copy: the cache starts empty and fills again at the next synchronisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cache_repair.py" line="43"/>
        <source>Cache réparé. Fichier endommagé gardé sous : {damaged}
Restauré depuis : {source}
Actions en attente : {waiting} (dont {recovered} relues dans le fichier endommagé)</source>
        <translation>Cache repaired. Damaged file kept as: {damaged}
Restored from: {source}
Pending actions: {waiting} ({recovered} of them read back from the damaged file)</translation>
    </message>
</context>
<context>
    <name>CircuitEditorController</name>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="420"/>
        <source>Seuils, approbateurs, délégations et catégorie de chaque structure.</source>
        <translation>Thresholds, approvers, delegations and category of each structure.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="422"/>
        <source>Réservé aux administrateurs (votre rôle : {role}).</source>
        <translation>Administrators only (your role: {role}).</translation>
    </message>
</context>
<context>
    <name>CircuitEditorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="97"/>
        <source>Circuit d&apos;approbation et délais de paiement</source>
        <translation>Approval circuit and payment deadlines</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="100"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="102"/>
        <source>Catégorie de l&apos;entité</source>
        <translation>Entity category</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="108"/>
        <source>Seuil par défaut</source>
        <translation>Default threshold</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="109"/>
        <source>exemple : 40 000,00</source>
        <translation>example: 40 000,00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="111"/>
        <source>Code service</source>
        <translation>Service code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="111"/>
        <source>Seuil (EUR HT)</source>
        <translation>Threshold (EUR excl. VAT)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="112"/>
        <source>Ajouter un seui&amp;l</source>
        <translation>Add a thresho&amp;ld</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="113"/>
        <source>Retirer ce seuil</source>
        <translation>Remove this threshold</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="114"/>
        <source>Seuils par service</source>
        <translation>Thresholds by service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="118"/>
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="118"/>
        <source>Services (séparés par des virgules ; vide = tous)</source>
        <translation>Services (comma-separated; empty = all)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="119"/>
        <source>Ajouter un approbateu&amp;r</source>
        <translation>Add an app&amp;rover</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="120"/>
        <source>Retirer cet approbateur</source>
        <translation>Remove this approver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="121"/>
        <source>Approbateurs</source>
        <translation>Approvers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="125"/>
        <source>Approbateur absent</source>
        <translation>Absent approver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="125"/>
        <source>Délégataire</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="125"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="125"/>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="126"/>
        <source>Ajouter une délé&amp;gation</source>
        <translation>Add a dele&amp;gation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="127"/>
        <source>Retirer cette délégation</source>
        <translation>Remove this delegation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="128"/>
        <source>Délégations</source>
        <translation>Delegations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="141"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="142"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="165"/>
        <source>&amp;Structure :</source>
        <translation>&amp;Structure:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="166"/>
        <source>&amp;Catégorie (délai de paiement) :</source>
        <translation>C&amp;ategory (payment deadline):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="167"/>
        <source>Seuil par &amp;défaut (EUR HT) :</source>
        <translation>&amp;Default threshold (EUR excl. VAT):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="172"/>
        <source>Seuils par service (au-delà, un responsable décide)</source>
        <translation>Thresholds by service (above them, a manager decides)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="173"/>
        <source>Approbateurs et leurs services</source>
        <translation>Approvers and their services</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="174"/>
        <source>Délégations (absences, dates incluses)</source>
        <translation>Delegations (absences, dates included)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="187"/>
        <source>Chorus Pro n&apos;a pas de circuit d&apos;approbation : celui-ci est appliqué par Invoice Desk. Chaque modification est tracée dans le journal d&apos;audit.</source>
        <translation>Chorus Pro has no approval circuit: this one is enforced by Invoice Desk. Every change is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="191"/>
        <source>Profil bac à sable : le circuit d&apos;approbation est celui du bac à sable, qui l&apos;applique lui-même et le renvoie à chaque connexion ; il est affiché en lecture seule. La catégorie de l&apos;entité reste modifiable ici.</source>
        <translation>Sandbox profile: the approval circuit is the sandbox&apos;s own, which the sandbox enforces and sends again at each connection; it is shown read-only. The entity category can still be changed here.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="214"/>
        <source>Structure {id}</source>
        <translation>Structure {id}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="215"/>
        <source>{name} ({id}) — {count} facture(s)</source>
        <translation>{name} ({id}) — {count} invoice(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="270"/>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="272"/>
        <source>Les modifications de cette structure ne sont pas enregistrées. Les abandonner ?</source>
        <translation>The changes to this structure are not saved. Discard them?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="322"/>
        <source>… et {count} autre(s) problème(s).</source>
        <translation>… and {count} more problem(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="362"/>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="375"/>
        <source>Enregistré (journal d&apos;audit n° {event}).</source>
        <translation>Saved (audit trail no. {event}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="377"/>
        <source>Échéances recalculées : {count} facture(s).</source>
        <translation>Deadlines recomputed: {count} invoice(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="392"/>
        <source>L&apos;enregistrement a échoué : {error}</source>
        <translation>Saving failed: {error}</translation>
    </message>
</context>
<context>
    <name>CircuitTexts</name>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="15"/>
        <source>État et ses établissements publics</source>
        <translation>The State and its public establishments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="18"/>
        <source>Collectivités territoriales et leurs établissements publics</source>
        <translation>Local authorities and their public establishments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="21"/>
        <source>Établissements publics de santé</source>
        <translation>Public health establishments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="24"/>
        <source>Service de santé des armées</source>
        <translation>Armed forces health service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="27"/>
        <source>Entreprises publiques (entités adjudicatrices)</source>
        <translation>Public enterprises (contracting entities)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="31"/>
        <source>{label} — {days} jours</source>
        <translation>{label} — {days} days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="40"/>
        <source>Seuil par défaut</source>
        <translation>Default threshold</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="41"/>
        <source>Seuils par service</source>
        <translation>Thresholds by service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="42"/>
        <source>Approbateurs</source>
        <translation>Approvers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="43"/>
        <source>Délégations</source>
        <translation>Delegations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="44"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="48"/>
        <source>{place}, ligne {row}</source>
        <translation>{place}, row {row}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="51"/>
        <source>{place} : {message}</source>
        <translation>{place}: {message}</translation>
    </message>
</context>
<context>
    <name>CommentField</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/comment_field.py" line="36"/>
        <source>{length} / {max} caractères</source>
        <translation>{length} / {max} characters</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="69"/>
        <source>&lt;b&gt;En cours&lt;/b&gt; : {count} factures — {amount}</source>
        <translation>&lt;b&gt;In progress&lt;/b&gt;: {count} invoices — {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="75"/>
        <source>&lt;b&gt;Terminées&lt;/b&gt; : {count} factures — {amount}</source>
        <translation>&lt;b&gt;Finished&lt;/b&gt;: {count} invoices — {amount}</translation>
    </message>
</context>
<context>
    <name>DeadlineTexts</name>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="17"/>
        <source>Suspendue le {date} : délai arrêté, solde gelé de {days} jour(s)</source>
        <translation>Suspended on {date}: clock stopped, {days} day(s) left frozen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="22"/>
        <source>Délai arrêté le {date}</source>
        <translation>Clock stopped on {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="25"/>
        <source>Pas de délai (avoir ou date de réception inconnue)</source>
        <translation>No deadline (credit note or unknown receipt date)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="33"/>
        <source>{date} — réglée le {end} avec {days} jour(s) de retard</source>
        <translation>{date} — settled on {end}, {days} day(s) late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="36"/>
        <source>{date} — réglée le {end}, dans le délai</source>
        <translation>{date} — settled on {end}, on time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="41"/>
        <source>{date} — en retard de {days} jour(s)</source>
        <translation>{date} — {days} day(s) late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="45"/>
        <source>{date} — {days} jour(s) restant(s)</source>
        <translation>{date} — {days} day(s) left</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="50"/>
        <source>(nouveau délai depuis le complément du {date})</source>
        <translation>(new deadline since the completion on {date})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="66"/>
        <source>Intérêts moratoires estimés {interest} + indemnité forfaitaire {flat}</source>
        <translation>Estimated late-payment interest {interest} + flat compensation {flat}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="76"/>
        <source>Redépôt de la facture rejetée {number}</source>
        <translation>Re-deposit of rejected invoice {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="82"/>
        <source>Redéposée sous le n° {number}</source>
        <translation>Re-deposited as no. {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="88"/>
        <source>Doublon possible de {number}</source>
        <translation>Possible duplicate of {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="94"/>
        <source>Signalée doublon possible par la plateforme</source>
        <translation>Flagged as a possible duplicate by the platform</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="47"/>
        <source>Comparer avec l&apos;&amp;original…</source>
        <translation>Compare with the &amp;original…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="71"/>
        <source>&amp;Facture</source>
        <translation>&amp;Invoice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="72"/>
        <source>&amp;Historique</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="73"/>
        <source>&amp;Pièces jointes</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="74"/>
        <source>Sélectionnez une facture dans la liste.</source>
        <translation>Select an invoice in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="86"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="87"/>
        <source>SIRET / identifiant</source>
        <translation>SIRET / identifier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="88"/>
        <source>N° TVA</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="89"/>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="90"/>
        <source>Type / cadre</source>
        <translation>Type / frame</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="91"/>
        <source>Émise le</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="92"/>
        <source>Déposée le</source>
        <translation>Deposited on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="93"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="94"/>
        <source>Délai de paiement</source>
        <translation>Payment deadline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="95"/>
        <source>Retard</source>
        <translation>Late charges</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="96"/>
        <source>Dépôts liés</source>
        <translation>Linked deposits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="97"/>
        <source>Montant HT</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="98"/>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="99"/>
        <source>Montant TTC</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="100"/>
        <source>Net à payer</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="101"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="102"/>
        <source>Engagement</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="103"/>
        <source>Marché</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="104"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="125"/>
        <source>{supplier} — facture {number}</source>
        <translation>{supplier} — invoice {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="166"/>
        <source>Statut : {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="172"/>
        <source>{action} : {state}</source>
        <translation>{action}: {state}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="177"/>
        <source>En attente d&apos;approbation d&apos;un responsable</source>
        <translation>Awaiting a manager&apos;s approval</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="179"/>
        <source>Doublon possible</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="182"/>
        <source>Remplace la facture rejetée {number}</source>
        <translation>Replaces rejected invoice {number}</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="33"/>
        <source>Comparer deux factures</source>
        <translation>Compare two invoices</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="44"/>
        <source>Facture d&apos;origine</source>
        <translation>Original invoice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="44"/>
        <source>Facture reçue ensuite</source>
        <translation>Invoice received later</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="47"/>
        <source>Comparaison des deux factures</source>
        <translation>Comparison of the two invoices</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="61"/>
        <source>Identifiant plateforme</source>
        <translation>Platform identifier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="62"/>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="63"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="64"/>
        <source>SIRET / identifiant</source>
        <translation>SIRET / identifier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="65"/>
        <source>Émise le</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="66"/>
        <source>Déposée le</source>
        <translation>Deposited on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="67"/>
        <source>Montant HT</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="68"/>
        <source>Montant TTC</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="69"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="70"/>
        <source>Engagement</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="71"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="77"/>
        <source>Une des deux factures n&apos;est pas dans le cache.</source>
        <translation>One of the two invoices is not in the cache.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="94"/>
        <source>Redépôt de la facture rejetée {number}.</source>
        <translation>Re-deposit of rejected invoice {number}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="98"/>
        <source>Même fournisseur, même numéro, même année : doublon possible.</source>
        <translation>Same supplier, same number, same year: possible duplicate.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="100"/>
        <source>Différences : {fields}.</source>
        <translation>Differences: {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="104"/>
        <source>Aucune différence hormis l&apos;identifiant et le dépôt.</source>
        <translation>No difference apart from the identifier and the deposit.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="84"/>
        <source>Invoice Desk — erreur</source>
        <translation>Invoice Desk — error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="99"/>
        <source>&amp;Détails</source>
        <translation>&amp;Details</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="133"/>
        <source>Une erreur inattendue s&apos;est produite. Votre travail en attente est conservé ; si le problème persiste, transmettez le journal à votre support.</source>
        <translation>An unexpected error occurred. Your pending work is kept; if the problem persists, send the log to your support.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="49"/>
        <source>Exporter en CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="49"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="50"/>
        <source>Exporter en XLSX</source>
        <translation>Export to XLSX</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="50"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="51"/>
        <source>Exporter en un seul PDF</source>
        <translation>Export to one PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="51"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="55"/>
        <source>Dossier des PDF</source>
        <translation>Folder for the PDFs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="83"/>
        <source>Export des PDF…</source>
        <translation>Exporting PDFs…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="83"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="64"/>
        <source>Rechercher (numéro, fournisseur, engagement…)</source>
        <translation>Search (number, supplier, commitment…)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="66"/>
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="68"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="70"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="74"/>
        <source>Montant min.</source>
        <translation>Min. amount</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="76"/>
        <source>Montant max.</source>
        <translation>Max. amount</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="86"/>
        <source>Recherches enregistrées</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="88"/>
        <source>Enre&amp;gistrer</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="89"/>
        <source>Effa&amp;cer</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="91"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="92"/>
        <source>Toutes échéances</source>
        <translation>Any deadline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="93"/>
        <source>En retard</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="94"/>
        <source>Échéance sous N jours</source>
        <translation>Due within N days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="95"/>
        <source>En retard ou sous N jours</source>
        <translation>Late or due within N days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="96"/>
        <source>É&amp;chéance</source>
        <translation>Dead&amp;line</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="101"/>
        <source> j</source>
        <translation> d</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="102"/>
        <source>Nombre de jours</source>
        <translation>Number of days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="104"/>
        <source>&amp;Doublons possibles</source>
        <translation>Possible &amp;duplicates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="108"/>
        <source>&amp;Du</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="110"/>
        <source>a&amp;u</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="173"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="295"/>
        <source>Recherches enregistrées…</source>
        <translation>Saved searches…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="16"/>
        <source>Bienvenue dans Invoice Desk</source>
        <translation>Welcome to Invoice Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="19"/>
        <source>Bienvenue</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="21"/>
        <source>Invoice Desk reçoit les factures de vos fournisseurs déposées sur Chorus Pro, vous aide à les traiter et renvoie vos décisions à la plateforme.</source>
        <translation>Invoice Desk receives the invoices your suppliers deposit on Chorus Pro, helps you process them and sends your decisions back to the platform.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="28"/>
        <source>Bac à sable</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="30"/>
        <source>Vous commencez sur le bac à sable : une plateforme de démonstration locale, avec l&apos;utilisateur de démonstration « {user} ». Rien n&apos;est envoyé à Chorus Pro.</source>
        <translation>You start on the sandbox: a local demonstration platform, with the demo user “{user}”. Nothing is sent to Chorus Pro.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="38"/>
        <source>Passer à Chorus Pro</source>
        <translation>Moving to Chorus Pro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="40"/>
        <source>Quand vous serez prêt, ouvrez Fichier › Paramètres (Ctrl+,), choisissez le profil « qualification » ou « production » et importez votre certificat.</source>
        <translation>When you are ready, open File › Settings (Ctrl+,), choose the “qualification” or “production” profile and import your certificate.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="65"/>
        <source>Guide de l&apos;utilisateur — Invoice Desk</source>
        <translation>User guide — Invoice Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="70"/>
        <source>Guide de l&apos;utilisateur</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="73"/>
        <source>&amp;Précédent</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="76"/>
        <source>S&amp;uivant</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="78"/>
        <source>&amp;Sommaire</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="80"/>
        <source>Rechercher dans le guide (Ctrl+F)</source>
        <translation>Search the guide (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="81"/>
        <source>Rechercher dans le guide</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="84"/>
        <source>Occurrence suiva&amp;nte</source>
        <translation>&amp;Next match</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="156"/>
        <source>Introuvable</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="24"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="25"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="26"/>
        <source>Signification</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="27"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="28"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="29"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="30"/>
        <source>Mandat</source>
        <translation>Payment order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="55"/>
        <source>{number} — {amount}</source>
        <translation>{number} — {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="73"/>
        <source>(en attente)</source>
        <translation>(pending)</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="68"/>
        <source>Boîtes de réception</source>
        <translation>Inboxes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="69"/>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="139"/>
        <source>Boîtes</source>
        <translation>Inboxes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="70"/>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="140"/>
        <source>Par service</source>
        <translation>By service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="111"/>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="125"/>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
</context>
<context>
    <name>InvoiceListView</name>
    <message>
        <location filename="../../desktop_app/ui/invoice_list.py" line="45"/>
        <source>Liste des factures</source>
        <translation>Invoice list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_list.py" line="108"/>
        <source>Colonnes</source>
        <translation>Columns</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="83"/>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="84"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="85"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="86"/>
        <source>Dépôt</source>
        <translation>Deposited</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="87"/>
        <source>Émission</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="88"/>
        <source>Montant TTC</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="89"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="90"/>
        <source>Envoi</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="91"/>
        <source>Échéance légale</source>
        <translation>Legal deadline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="250"/>
        <source>Doublon possible</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="252"/>
        <source>Délai global de paiement : {date}</source>
        <translation>Payment deadline: {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="270"/>
        <source>suspendu ({days} j)</source>
        <translation>suspended ({days} d)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="277"/>
        <source>{days} j de retard</source>
        <translation>{days} d late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="278"/>
        <source>{days} j</source>
        <translation>{days} d</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="64"/>
        <source>Invoice Desk — factures reçues</source>
        <translation>Invoice Desk — received invoices</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="128"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="207"/>
        <source>{count}+ factures</source>
        <translation>{count}+ invoices</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="209"/>
        <source>{count} facture(s)</source>
        <translation>{count} invoice(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="219"/>
        <source>Enregistrer la recherche</source>
        <translation>Save the search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="219"/>
        <source>Nom de la recherche :</source>
        <translation>Name of the search:</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mandate_dialog.py" line="23"/>
        <source>Enregistrer le mandatement</source>
        <translation>Record the payment order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mandate_dialog.py" line="27"/>
        <source>ex. 1 234,56</source>
        <translation>e.g. 1234.56</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mandate_dialog.py" line="32"/>
        <source>&amp;Numéro de mandat :</source>
        <translation>Payment order &amp;number:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mandate_dialog.py" line="33"/>
        <source>&amp;Montant (EUR) :</source>
        <translation>&amp;Amount (EUR):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mandate_dialog.py" line="34"/>
        <source>&amp;Commentaire (facultatif) :</source>
        <translation>&amp;Comment (optional):</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="86"/>
        <source>Le motif « {code} » n&apos;existe pas.</source>
        <translation>The reason “{code}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="89"/>
        <source>Choisissez un motif.</source>
        <translation>Choose a reason.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="92"/>
        <source>Ce motif ne s&apos;applique pas à ce statut.</source>
        <translation>This reason does not apply to this status.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="95"/>
        <source>Un commentaire est obligatoire.</source>
        <translation>A comment is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="98"/>
        <source>Le commentaire fait {length} caractères ; le maximum est {max}.</source>
        <translation>The comment is {length} characters long; the maximum is {max}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="101"/>
        <source>Vous pouvez demander au plus {max} pièces.</source>
        <translation>You may request at most {max} documents.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="104"/>
        <source>Le numéro de mandat est obligatoire.</source>
        <translation>The payment order number is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="107"/>
        <source>Le numéro de mandat dépasse {max} caractères.</source>
        <translation>The payment order number is longer than {max} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="110"/>
        <source>Le montant du mandat est obligatoire.</source>
        <translation>The payment order amount is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="113"/>
        <source>Le montant du mandat ne peut pas être négatif.</source>
        <translation>The payment order amount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="116"/>
        <source>Cette action n&apos;est pas un statut comptable.</source>
        <translation>This action is not an accounting status.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="119"/>
        <source>Cette action n&apos;est pas possible depuis le statut actuel de la facture.</source>
        <translation>This action is not possible from the invoice&apos;s current status.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="122"/>
        <source>Votre rôle ne permet pas cette action.</source>
        <translation>Your role does not allow this action.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="125"/>
        <source>Au-delà de {threshold} EUR HT, cette action doit être décidée par un responsable.</source>
        <translation>Above {threshold} EUR excl. VAT, this action must be decided by a manager.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="129"/>
        <source>Le montant « {value} » n&apos;est pas exact.</source>
        <translation>The amount “{value}” is not exact.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="132"/>
        <source>« {value} » n&apos;est pas un montant (exemple : 1 234,56).</source>
        <translation>“{value}” is not an amount (example: 1234.56).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="135"/>
        <source>La devise « {currency} » n&apos;est pas un code ISO 4217.</source>
        <translation>The currency “{currency}” is not an ISO 4217 code.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="138"/>
        <source>Les devises ne correspondent pas.</source>
        <translation>The currencies do not match.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="141"/>
        <source>Le cache a été écrit par une version plus récente d&apos;Invoice Desk. Mettez l&apos;application à jour ; le fichier n&apos;a pas été modifié.</source>
        <translation>The cache was written by a newer version of Invoice Desk. Update the application; the file was not modified.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="146"/>
        <source>Ce fichier n&apos;est pas un cache d&apos;Invoice Desk.</source>
        <translation>This file is not an Invoice Desk cache.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="149"/>
        <source>Invoice Desk n&apos;a pas pu démarrer.</source>
        <translation>Invoice Desk could not start.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="152"/>
        <source>Le cache local est illisible ou endommagé.</source>
        <translation>The local cache is unreadable or damaged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="155"/>
        <source>Le cache local est endommagé. Invoice Desk peut le réparer : le fichier endommagé est gardé à côté, la dernière copie de sauvegarde est restaurée et les actions en attente encore lisibles sont reprises.</source>
        <translation>The local cache is damaged. Invoice Desk can repair it: the damaged file is kept aside, the latest backup copy is restored and the pending actions that can still be read are taken back.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="161"/>
        <source>Le disque est plein : le cache ne peut pas être écrit. Libérez de la place puis relancez Invoice Desk ; rien n&apos;a été perdu.</source>
        <translation>The disk is full: the cache cannot be written. Free some space, then restart Invoice Desk; nothing has been lost.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="166"/>
        <source>Le cache n&apos;a pas pu être lu ou écrit (erreur d&apos;entrée-sortie : disque retiré, droits, réseau ?). Rien n&apos;a été modifié ; vérifiez le disque puis relancez.</source>
        <translation>The cache could not be read or written (input/output error: disk removed, permissions, network?). Nothing was changed; check the disk, then restart.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="172"/>
        <source>« {value} » n&apos;est pas un montant (exemple : 40 000,00).</source>
        <translation>“{value}” is not an amount (example: 40 000,00).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="175"/>
        <source>Un seuil ne peut pas être négatif.</source>
        <translation>A threshold cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="178"/>
        <source>Un seuil a au plus deux décimales (« {value} »).</source>
        <translation>A threshold has two decimals at most (“{value}”).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="181"/>
        <source>Le seuil « {value} » est trop grand.</source>
        <translation>The threshold “{value}” is too large.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="184"/>
        <source>Le code service est obligatoire.</source>
        <translation>The service code is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="187"/>
        <source>Le code service « {service} » figure deux fois.</source>
        <translation>The service code “{service}” appears twice.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="190"/>
        <source>Le code service « {service} » n&apos;est pas valable (ni virgule, ni « * », 100 caractères au plus).</source>
        <translation>The service code “{service}” is not valid (no comma, not “*”, 100 characters at most).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="195"/>
        <source>L&apos;identifiant est obligatoire.</source>
        <translation>The login is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="198"/>
        <source>L&apos;identifiant « {user} » n&apos;est pas valable (sans espace, 200 caractères au plus).</source>
        <translation>The login “{user}” is not valid (no spaces, 200 characters at most).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="202"/>
        <source>L&apos;approbateur « {user} » figure deux fois.</source>
        <translation>The approver “{user}” appears twice.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="205"/>
        <source>La fin de la délégation précède son début.</source>
        <translation>The delegation ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="208"/>
        <source>« {user} » ne peut pas se déléguer à lui-même.</source>
        <translation>“{user}” cannot delegate to themselves.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="211"/>
        <source>« {user} » n&apos;est pas approbateur : il ne peut pas déléguer son approbation.</source>
        <translation>“{user}” is not an approver: they cannot delegate approval.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="215"/>
        <source>Catégorie d&apos;entité inconnue.</source>
        <translation>Unknown entity category.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="218"/>
        <source>Choisissez une structure.</source>
        <translation>Choose a structure.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="221"/>
        <source>Seul un administrateur peut modifier le circuit d&apos;approbation.</source>
        <translation>Only an administrator may change the approval circuit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="231"/>
        <source>Opération impossible ({key}).</source>
        <translation>Operation impossible ({key}).</translation>
    </message>
</context>
<context>
    <name>MotifCombo</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/motif_combo.py" line="15"/>
        <source>— Choisir un motif —</source>
        <translation>— Choose a reason —</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="65"/>
        <source>{supplier} ({count})</source>
        <translation>{supplier} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="68"/>
        <source>{count} nouvelle(s) facture(s)</source>
        <translation>{count} new invoice(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="72"/>
        <source>{line} : {suppliers}</source>
        <translation>{line}: {suppliers}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="81"/>
        <source>{supplier} : {status}</source>
        <translation>{supplier}: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="87"/>
        <source>… et {count} autre(s) changement(s)</source>
        <translation>… and {count} other change(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="92"/>
        <source>Invoice Desk — factures reçues</source>
        <translation>Invoice Desk — received invoices</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="112"/>
        <source>{count} action(s) envoyée(s)</source>
        <translation>{count} action(s) sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="115"/>
        <source>{count} action(s) à corriger</source>
        <translation>{count} action(s) to fix</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="119"/>
        <source>{count} action(s) en attente d&apos;approbation</source>
        <translation>{count} action(s) awaiting approval</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="40"/>
        <source>Statut demandé : {status}</source>
        <translation>Requested status: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="45"/>
        <source>Motif : {motif}</source>
        <translation>Reason: {motif}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="48"/>
        <location filename="../../desktop_app/ui/outbox_view.py" line="77"/>
        <source>Commentaire : {comment}</source>
        <translation>Comment: {comment}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="54"/>
        <source>Mandat : {number} — {amount}</source>
        <translation>Payment order: {number} — {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="68"/>
        <source>Statut : {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="71"/>
        <source>Depuis le : {when}</source>
        <translation>Since: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="83"/>
        <source>Montant TTC : {amount}</source>
        <translation>Amount incl. VAT: {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="98"/>
        <source>Envois en attente</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="104"/>
        <source>Facture</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="105"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="106"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="107"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="108"/>
        <source>Essais</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="109"/>
        <source>Message de la plateforme</source>
        <translation>Platform message</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="128"/>
        <source>&lt;b&gt;Ma version&lt;/b&gt; (action en attente)</source>
        <translation>&lt;b&gt;My version&lt;/b&gt; (pending action)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="129"/>
        <source>&lt;b&gt;Leur version&lt;/b&gt; (plateforme)</source>
        <translation>&lt;b&gt;Their version&lt;/b&gt; (platform)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="135"/>
        <source>&amp;Corriger et renvoyer…</source>
        <translation>&amp;Fix and resend…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="136"/>
        <source>&amp;Abandonner</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="137"/>
        <source>&amp;Garder ma version</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="138"/>
        <source>&amp;Prendre la leur</source>
        <translation>&amp;Take theirs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="139"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="150"/>
        <source>Aucun envoi en attente.</source>
        <translation>Nothing waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="193"/>
        <source>La facture a changé sur la plateforme ({status}) depuis votre action.</source>
        <translation>The invoice changed on the platform ({status}) since your action.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="216"/>
        <source>Statut actuel : {status}</source>
        <translation>Current status: {status}</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="67"/>
        <source>Préparation de l&apos;image de la facture…</source>
        <translation>Preparing the invoice image…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="88"/>
        <source>Le fichier de la facture est illisible ({detail}). Aperçu établi à partir des données de la plateforme.</source>
        <translation>The invoice file cannot be read ({detail}). Preview built from the platform&apos;s data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="93"/>
        <source>Fichier de la facture pas encore téléchargé : aperçu établi à partir des données de la plateforme.</source>
        <translation>Invoice file not downloaded yet: preview built from the platform&apos;s data.</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/reject_dialog.py" line="16"/>
        <source>Rejeter la facture</source>
        <translation>Reject the invoice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/reject_dialog.py" line="19"/>
        <source>&amp;Motif :</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/reject_dialog.py" line="21"/>
        <source>&amp;Commentaire :</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/reject_dialog.py" line="28"/>
        <source>Le rejet est définitif : le fournisseur devra déposer une nouvelle facture.</source>
        <translation>Rejection is final: the supplier will have to deposit a new invoice.</translation>
    </message>
</context>
<context>
    <name>ServiceDoneDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/service_done_dialog.py" line="15"/>
        <source>Constater le service fait</source>
        <translation>Certify the service as done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/service_done_dialog.py" line="17"/>
        <source>&amp;Commentaire (facultatif) :</source>
        <translation>&amp;Comment (optional):</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="51"/>
        <source>Bac à sable (démo locale)</source>
        <translation>Sandbox (local demo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="52"/>
        <source>Chorus Pro — qualification</source>
        <translation>Chorus Pro — qualification</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="53"/>
        <source>Chorus Pro — production</source>
        <translation>Chorus Pro — production</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="54"/>
        <source>Personnalisé</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="62"/>
        <source>Agent</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="63"/>
        <source>Responsable</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="64"/>
        <source>Administrateur</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="78"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="89"/>
        <source>Connexion</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="92"/>
        <source>&amp;Profil :</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="93"/>
        <source>&amp;Adresse (personnalisé) :</source>
        <translation>&amp;Address (custom):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="94"/>
        <source>Utilisateur :</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="95"/>
        <source>Rôle :</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="101"/>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="104"/>
        <source>&amp;Importer le certificat</source>
        <translation>&amp;Import the certificate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="105"/>
        <source>Aucun certificat importé.</source>
        <translation>No certificate imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="111"/>
        <source>Certificat (PKCS#12)</source>
        <translation>Certificate (PKCS#12)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="116"/>
        <source>&amp;Fichier :</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="119"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="126"/>
        <source>Afficher les &amp;notifications (nouvelles factures, changements de statut)</source>
        <translation>Show &amp;notifications (new invoices, status changes)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="137"/>
        <source>Nouvelles &amp;factures</source>
        <translation>New &amp;invoices</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="138"/>
        <source>Changements de &amp;statut</source>
        <translation>&amp;Status changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="139"/>
        <source>Résultats des &amp;envois</source>
        <translation>Outbox &amp;outcomes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="140"/>
        <source>&amp;Approbations</source>
        <translation>&amp;Approvals</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="145"/>
        <source>Tous les services</source>
        <translation>Every service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="146"/>
        <source>Général</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="152"/>
        <source>Me notifier de :</source>
        <translation>Notify me of:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="154"/>
        <source>Pour les services (codes, séparés par des virgules) :</source>
        <translation>For the services (codes, comma-separated):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="158"/>
        <source>&amp;Langue (au prochain démarrage) :</source>
        <translation>&amp;Language (at next start):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="181"/>
        <source>Choisir le certificat</source>
        <translation>Choose the certificate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="181"/>
        <source>Certificats PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 certificates (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="211"/>
        <source>Titulaire : {subject}
Émetteur : {issuer}
N° de série : {serial}
Valide du {start} au {end}</source>
        <translation>Holder: {subject}
Issuer: {issuer}
Serial number: {serial}
Valid from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="223"/>
        <source>Ce certificat a expiré : la connexion à Chorus Pro sera refusée.</source>
        <translation>This certificate has expired: Chorus Pro will refuse the connection.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="226"/>
        <source>Ce certificat expire dans {days} jour(s) : demandez son renouvellement.</source>
        <translation>This certificate expires in {days} day(s): ask for its renewal.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="23"/>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="32"/>
        <source>Parcourir la liste</source>
        <translation>Move in the list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="32"/>
        <source>Flèches, Page préc./suiv., Début/Fin</source>
        <translation>Arrows, Page Up/Down, Home/End</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="33"/>
        <source>Sélection multiple</source>
        <translation>Multiple selection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="33"/>
        <source>Maj + flèches, Ctrl + Espace</source>
        <translation>Shift + arrows, Ctrl + Space</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="34"/>
        <source>Ouvrir le détail</source>
        <translation>Open the detail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="34"/>
        <source>Entrée</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="35"/>
        <source>Zone suivante / précédente</source>
        <translation>Next / previous area</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="35"/>
        <source>Tab / Maj + Tab</source>
        <translation>Tab / Shift + Tab</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="38"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="38"/>
        <source>Raccourci</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>SummaryPdf</name>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="26"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="27"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="28"/>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="29"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="30"/>
        <source>Date d&apos;émission</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="31"/>
        <source>Date de dépôt</source>
        <translation>Deposit date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="32"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="33"/>
        <source>Engagement</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="35"/>
        <source>Montant HT</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="38"/>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="40"/>
        <source>Montant TTC</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="43"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="50"/>
        <source>Facture {number}</source>
        <translation>Invoice {number}</translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/suspend_dialog.py" line="16"/>
        <source>Suspendre la facture</source>
        <translation>Suspend the invoice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/suspend_dialog.py" line="22"/>
        <source>Une pièce par ligne, par exemple : bon de livraison signé</source>
        <translation>One document per line, for example: signed delivery note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/suspend_dialog.py" line="26"/>
        <source>&amp;Motif :</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/suspend_dialog.py" line="27"/>
        <source>&amp;Commentaire :</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/suspend_dialog.py" line="28"/>
        <source>&amp;Pièces demandées :</source>
        <translation>Requested &amp;documents:</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../../desktop_app/ui/adapters/sync_adapter.py" line="363"/>
        <source>Pas encore connecté à la plateforme.</source>
        <translation>Not connected to the platform yet.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="30"/>
        <source>Jamais synchronisé</source>
        <translation>Never synchronised</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="45"/>
        <source>En ligne</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="46"/>
        <source>Hors ligne</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="47"/>
        <source>Synchronisation…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="48"/>
        <source>Échec d&apos;authentification</source>
        <translation>Authentication failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="52"/>
        <source>{state} — bac à sable</source>
        <translation>{state} — sandbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="71"/>
        <source>Synchronisation impossible : {reason}</source>
        <translation>Synchronisation failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="38"/>
        <location filename="../../desktop_app/ui/status_bar.py" line="79"/>
        <source>Dernière synchro : {time}</source>
        <translation>Last sync: {time}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="82"/>
        <source>{new} nouvelle(s), {changed} modifiée(s), {sent} action(s) envoyée(s)</source>
        <translation>{new} new, {changed} changed, {sent} action(s) sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="94"/>
        <source>Envois en attente : {pending} · à traiter : {attention}</source>
        <translation>Waiting to be sent: {pending} · to handle: {attention}</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="41"/>
        <source>Suspension</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="42"/>
        <source>Rejet</source>
        <translation>Rejection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="43"/>
        <source>Recyclage</source>
        <translation>Recycling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="44"/>
        <source>Service fait</source>
        <translation>Service done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="45"/>
        <source>Mandatement</source>
        <translation>Payment order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="46"/>
        <source>Mise à disposition du comptable</source>
        <translation>Sent to the accountant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="49"/>
        <source>Comptabilisation</source>
        <translation>Accounting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="50"/>
        <source>Mise en paiement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="51"/>
        <source>Approbation</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="52"/>
        <source>Refus</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="60"/>
        <location filename="../../desktop_app/ui/texts.py" line="62"/>
        <source>En attente d&apos;envoi</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="61"/>
        <source>Envoi en cours</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="63"/>
        <source>Envoyée</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="64"/>
        <source>À corriger</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="65"/>
        <source>Conflit</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="66"/>
        <source>Abandonnée</source>
        <translation>Discarded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="69"/>
        <source>En attente d&apos;approbation</source>
        <translation>Awaiting approval</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="36"/>
        <source>&amp;Synchroniser maintenant</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="37"/>
        <source>&amp;Envois en attente…</source>
        <translation>&amp;Outbox…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="38"/>
        <source>&amp;Approbations en attente…</source>
        <translation>Pending &amp;approvals…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="39"/>
        <source>Exporter la liste en &amp;CSV…</source>
        <translation>Export the list to &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="40"/>
        <source>Exporter la liste en &amp;XLSX…</source>
        <translation>Export the list to &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="43"/>
        <source>Exporter les PDF de la sélection dans un &amp;dossier…</source>
        <translation>Export the selection&apos;s PDFs to a &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="49"/>
        <source>Exporter la sélection en un seul PDF (fusio&amp;nné)…</source>
        <translation>Export the selection to one &amp;merged PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="53"/>
        <source>&amp;Paramètres…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="54"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="55"/>
        <source>&amp;Suspendre…</source>
        <translation>&amp;Suspend…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="56"/>
        <source>&amp;Rejeter…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="57"/>
        <source>Service &amp;fait…</source>
        <translation>Service &amp;done…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="58"/>
        <source>&amp;Mandater…</source>
        <translation>&amp;Payment order…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="59"/>
        <source>Statut &amp;comptable…</source>
        <translation>&amp;Accounting status…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="61"/>
        <source>Ouvrir la &amp;pièce jointe</source>
        <translation>Open the a&amp;ttachment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="64"/>
        <source>Comparer avec l&apos;original…</source>
        <translation>Compare with the original…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="66"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="67"/>
        <source>&amp;Enregistrer la recherche…</source>
        <translation>Sa&amp;ve the search…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="68"/>
        <source>Aller à la &amp;liste</source>
        <translation>Go to the &amp;list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="69"/>
        <source>Aller aux &amp;boîtes</source>
        <translation>Go to the &amp;inboxes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="70"/>
        <source>&amp;Historique de la facture</source>
        <translation>Invoice &amp;history</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="71"/>
        <source>Boîte « À traiter »</source>
        <translation>“To process” inbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="72"/>
        <source>Boîte « Suspendues »</source>
        <translation>“Suspended” inbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="73"/>
        <source>Boîte « Rejetées »</source>
        <translation>“Rejected” inbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="74"/>
        <source>Boîte « Service fait »</source>
        <translation>“Service done” inbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="75"/>
        <source>Boîte « Mandatées »</source>
        <translation>“Mandated” inbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="76"/>
        <source>Boîte « Mises en paiement »</source>
        <translation>“Paid” inbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="77"/>
        <source>Boîte « Toutes »</source>
        <translation>“All” inbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="79"/>
        <source>&amp;Vérifier la piste d&apos;audit…</source>
        <translation>&amp;Verify the audit trail…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="81"/>
        <source>E&amp;xporter la piste d&apos;audit…</source>
        <translation>E&amp;xport the audit trail…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="83"/>
        <source>Circuit d&apos;&amp;approbation et délais…</source>
        <translation>&amp;Approval circuit and deadlines…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="85"/>
        <source>&amp;Français</source>
        <translation>&amp;Français</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="86"/>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="87"/>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="93"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="94"/>
        <source>F&amp;acture</source>
        <translation>&amp;Invoice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="95"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="96"/>
        <source>&amp;Outils</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="97"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="98"/>
        <source>Ai&amp;de</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>window.controller</name>
    <message>
        <location filename="../../desktop_app/ui/screenshots.py" line="136"/>
        <source>Facture {number} de {supplier}</source>
        <translation>Invoice {number} from {supplier}</translation>
    </message>
</context>
</TS>
