<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/accounting_dialog.py" line="28"/>
        <source>Statut comptable</source>
        <translation>Statut comptable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/accounting_dialog.py" line="35"/>
        <source>&amp;Statut :</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/accounting_dialog.py" line="36"/>
        <source>&amp;Commentaire (facultatif) :</source>
        <translation>&amp;Commentaire (facultatif) :</translation>
    </message>
</context>
<context>
    <name>ActionConfirmations</name>
    <message>
        <location filename="../../desktop_app/ui/action_confirmations.py" line="52"/>
        <source>Rejeter définitivement la facture {number} ?

Le rejet ne peut pas être annulé : le fournisseur devra déposer une nouvelle facture.</source>
        <translation>Rejeter définitivement la facture {number} ?

Le rejet ne peut pas être annulé : le fournisseur devra déposer une nouvelle facture.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_confirmations.py" line="58"/>
        <source>Rejeter définitivement ces {count} factures ?

Le rejet ne peut pas être annulé : les fournisseurs devront déposer de nouvelles factures.</source>
        <translation>Rejeter définitivement ces {count} factures ?

Le rejet ne peut pas être annulé : les fournisseurs devront déposer de nouvelles factures.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_confirmations.py" line="61"/>
        <source>Rejeter définitivement</source>
        <translation>Rejeter définitivement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_confirmations.py" line="62"/>
        <source>Revenir au formulaire</source>
        <translation>Revenir au formulaire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_confirmations.py" line="70"/>
        <source>• {number} : net à payer {due}</source>
        <translation>• {number} : net à payer {due}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_confirmations.py" line="76"/>
        <source>• … et {count} autre(s)</source>
        <translation>• … et {count} autre(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_confirmations.py" line="83"/>
        <source>Le montant du mandat, {amount}, diffère du net à payer :
{lines}

Enregistrer ce montant quand même ?</source>
        <translation>Le montant du mandat, {amount}, diffère du net à payer :
{lines}

Enregistrer ce montant quand même ?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_confirmations.py" line="86"/>
        <source>Enregistrer ce montant</source>
        <translation>Enregistrer ce montant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_confirmations.py" line="87"/>
        <source>Corriger le montant</source>
        <translation>Corriger le montant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_confirmations.py" line="107"/>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
</context>
<context>
    <name>ActionsController</name>
    <message>
        <location filename="../../desktop_app/ui/actions_controller.py" line="53"/>
        <source>Facture {number} de {supplier}</source>
        <translation>Facture {number} de {supplier}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions_controller.py" line="56"/>
        <source>{count} factures sélectionnées</source>
        <translation>{count} factures sélectionnées</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions_controller.py" line="98"/>
        <source>{number} : {message}</source>
        <translation>{number} : {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions_controller.py" line="102"/>
        <source>{refused} facture(s) sur {total} n&apos;ont pas été traitées :</source>
        <translation>{refused} facture(s) sur {total} n&apos;ont pas été traitées :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_batch.py" line="57"/>
        <source>Mise en file des actions…</source>
        <translation>Mise en file des actions…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_batch.py" line="58"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions_controller.py" line="150"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="101"/>
        <source>Mot de passe du certificat {name} :</source>
        <translation>Mot de passe du certificat {name} :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="106"/>
        <source>Mot de passe incorrect.</source>
        <translation>Mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="114"/>
        <source>Le trousseau du système n&apos;est pas disponible : ce mot de passe est gardé pour cette session seulement.</source>
        <translation>Le trousseau du système n&apos;est pas disponible : ce mot de passe est gardé pour cette session seulement.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="117"/>
        <source>Certificat</source>
        <translation>Certificat</translation>
    </message>
</context>
<context>
    <name>ApprovalQueueView</name>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="36"/>
        <source>Approbations en attente</source>
        <translation>Approbations en attente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="46"/>
        <source>Facture</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="47"/>
        <source>Fournisseur</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="48"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="49"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="50"/>
        <source>Montant HT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="51"/>
        <source>Seuil HT</source>
        <translation>Seuil HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="52"/>
        <source>Demandée par</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="59"/>
        <source>Demandes d&apos;approbation</source>
        <translation>Demandes d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="61"/>
        <source>Commentaire (obligatoire pour un refus)</source>
        <translation>Commentaire (obligatoire pour un refus)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="64"/>
        <source>&amp;Commentaire</source>
        <translation>&amp;Commentaire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="66"/>
        <source>&amp;Approuver la sélection</source>
        <translation>&amp;Approuver la sélection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="67"/>
        <source>&amp;Refuser la sélection</source>
        <translation>&amp;Refuser la sélection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="68"/>
        <source>Ac&amp;tualiser</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="69"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="98"/>
        <source>{count} demande(s) que {user} peut décider aujourd&apos;hui (seuils, approbateurs et délégations de l&apos;entité).</source>
        <translation>{count} demande(s) que {user} peut décider aujourd&apos;hui (seuils, approbateurs et délégations de l&apos;entité).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="109"/>
        <source>{user}, le {when}</source>
        <translation>{user}, le {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="145"/>
        <source>Indiquez le motif du refus en commentaire.</source>
        <translation>Indiquez le motif du refus en commentaire.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="164"/>
        <source>{count} décision(s) transmise(s) au dépôt d&apos;équipe : elles prennent effet dès qu&apos;il les confirme (une décision déjà prise par un collègue vous sera signalée).</source>
        <translation>{count} décision(s) transmise(s) au dépôt d&apos;équipe : elles prennent effet dès qu&apos;il les confirme (une décision déjà prise par un collègue vous sera signalée).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="168"/>
        <source>{count} demande(s) approuvée(s) : actions mises en file d&apos;envoi.</source>
        <translation>{count} demande(s) approuvée(s) : actions mises en file d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="170"/>
        <source>{count} demande(s) refusée(s).</source>
        <translation>{count} demande(s) refusée(s).</translation>
    </message>
</context>
<context>
    <name>AttachmentsView</name>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="89"/>
        <source>Ou&amp;vrir la pièce</source>
        <translation>Ou&amp;vrir la pièce</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="92"/>
        <source>Aucune pièce jointe.</source>
        <translation>Aucune pièce jointe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="110"/>
        <source>{size} Ko</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="112"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="114"/>
        <source>{name} (pas encore téléchargée)</source>
        <translation>{name} (pas encore téléchargée)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="138"/>
        <location filename="../../desktop_app/ui/attachments_view.py" line="176"/>
        <location filename="../../desktop_app/ui/attachments_view.py" line="182"/>
        <location filename="../../desktop_app/ui/attachments_view.py" line="194"/>
        <location filename="../../desktop_app/ui/attachments_view.py" line="202"/>
        <source>Pièce jointe</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="142"/>
        <source>Cette pièce n&apos;est pas encore téléchargée ; elle le sera à la prochaine synchronisation.</source>
        <translation>Cette pièce n&apos;est pas encore téléchargée ; elle le sera à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="175"/>
        <source>Ouvrir « {name} » avec l&apos;application de votre système ? Le fichier est copié dans un dossier privé.</source>
        <translation>Ouvrir « {name} » avec l&apos;application de votre système ? Le fichier est copié dans un dossier privé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="186"/>
        <source>Aucune application de ce poste ne sait ouvrir « {name} ». Le fichier a été enregistré ici :
{path}</source>
        <translation>Aucune application de ce poste ne sait ouvrir « {name} ». Le fichier a été enregistré ici :
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="193"/>
        <source>Le contenu de « {name} » ({mime}) n&apos;est pas ouvert automatiquement. L&apos;enregistrer dans un dossier privé et afficher ce dossier ?</source>
        <translation>Le contenu de « {name} » ({mime}) n&apos;est pas ouvert automatiquement. L&apos;enregistrer dans un dossier privé et afficher ce dossier ?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="206"/>
        <source>Aucun gestionnaire de fichiers n&apos;a pu afficher le dossier. Le fichier a été enregistré ici :
{path}</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a pu afficher le dossier. Le fichier a été enregistré ici :
{path}</translation>
    </message>
</context>
<context>
    <name>AuditController</name>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="63"/>
        <source>l&apos;événement a été modifié</source>
        <translation>l&apos;événement a été modifié</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="64"/>
        <source>un ou plusieurs événements ont été supprimés avant lui</source>
        <translation>un ou plusieurs événements ont été supprimés avant lui</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="65"/>
        <source>l&apos;ordre des événements a été modifié</source>
        <translation>l&apos;ordre des événements a été modifié</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="69"/>
        <source>les derniers événements ont été supprimés à partir de celui-ci (l&apos;ancre signée n° {anchor} les couvrait)</source>
        <translation>les derniers événements ont été supprimés à partir de celui-ci (l&apos;ancre signée n° {anchor} les couvrait)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="73"/>
        <source>l&apos;ancre signée n° {anchor} est falsifiée : sa signature ou son certificat ne correspond pas</source>
        <translation>l&apos;ancre signée n° {anchor} est falsifiée : sa signature ou son certificat ne correspond pas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="76"/>
        <source>l&apos;événement ne correspond plus à l&apos;ancre signée n° {anchor}</source>
        <translation>l&apos;événement ne correspond plus à l&apos;ancre signée n° {anchor}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="84"/>
        <source>{events} événement(s) vérifié(s), {anchors} ancre(s) signée(s) vérifiée(s).</source>
        <translation>{events} événement(s) vérifié(s), {anchors} ancre(s) signée(s) vérifiée(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="89"/>
        <source>La piste d&apos;audit a été ALTÉRÉE.</source>
        <translation>La piste d&apos;audit a été ALTÉRÉE.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="90"/>
        <source>Premier événement en cause : n° {id}.</source>
        <translation>Premier événement en cause : n° {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="91"/>
        <source>Nature : {kind}.</source>
        <translation>Nature : {kind}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="92"/>
        <source>Détail technique : {detail}</source>
        <translation>Détail technique : {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="96"/>
        <source>La piste d&apos;audit est intègre.</source>
        <translation>La piste d&apos;audit est intègre.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="105"/>
        <source>Aucune ancre signée : la suppression des derniers événements ne serait pas détectée. Les ancres sont signées avec votre certificat à chaque synchronisation.</source>
        <translation>Aucune ancre signée : la suppression des derniers événements ne serait pas détectée. Les ancres sont signées avec votre certificat à chaque synchronisation.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="108"/>
        <source>Dernière ancre signée le {when} UTC par {signer}.</source>
        <translation>Dernière ancre signée le {when} UTC par {signer}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="117"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="118"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="120"/>
        <source>Exporter la piste d&apos;audit</source>
        <translation>Exporter la piste d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="158"/>
        <source>Piste d&apos;audit exportée dans {path}.</source>
        <translation>Piste d&apos;audit exportée dans {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="166"/>
        <source>L&apos;opération sur la piste d&apos;audit a échoué : {error}</source>
        <translation>L&apos;opération sur la piste d&apos;audit a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="170"/>
        <source>Piste d&apos;audit</source>
        <translation>Piste d&apos;audit</translation>
    </message>
</context>
<context>
    <name>AuthFailureGuard</name>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="51"/>
        <source>la plateforme a refusé l&apos;authentification.</source>
        <translation>la plateforme a refusé l&apos;authentification.</translation>
    </message>
</context>
<context>
    <name>CacheRepair</name>
    <message>
        <location filename="../../desktop_app/ui/cache_repair.py" line="21"/>
        <source>Réparer maintenant ?</source>
        <translation>Réparer maintenant ?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cache_repair.py" line="23"/>
        <source>Réparer</source>
        <translation>Réparer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cache_repair.py" line="26"/>
        <source>Quitter</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cache_repair.py" line="42"/>
        <source>aucune copie saine : le cache repart vide et se remplit à la synchronisation</source>
        <translation>aucune copie saine : le cache repart vide et se remplit à la synchronisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cache_repair.py" line="48"/>
        <source>Cache réparé. Fichier endommagé gardé sous : {damaged}
Restauré depuis : {source}
Actions en attente : {waiting} (dont {recovered} relues dans le fichier endommagé)</source>
        <translation>Cache réparé. Fichier endommagé gardé sous : {damaged}
Restauré depuis : {source}
Actions en attente : {waiting} (dont {recovered} relues dans le fichier endommagé)</translation>
    </message>
</context>
<context>
    <name>ChecksView</name>
    <message>
        <location filename="../../desktop_app/ui/checks_view.py" line="51"/>
        <source>Règle</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checks_view.py" line="51"/>
        <source>Constat</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checks_view.py" line="52"/>
        <source>Contrôles de la facture</source>
        <translation>Contrôles de la facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checks_view.py" line="69"/>
        <source>Les montants sont ceux de la facture, jamais corrigés. Règles EN 16931 (arrondi au centime, tolérance indiquée pour chaque règle) et règles du secteur public (SIRET, code service, engagement).</source>
        <translation>Les montants sont ceux de la facture, jamais corrigés. Règles EN 16931 (arrondi au centime, tolérance indiquée pour chaque règle) et règles du secteur public (SIRET, code service, engagement).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checks_view.py" line="105"/>
        <source>Le fichier de la facture n&apos;est pas encore téléchargé.</source>
        <translation>Le fichier de la facture n&apos;est pas encore téléchargé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checks_view.py" line="106"/>
        <source>Contrôle en cours…</source>
        <translation>Contrôle en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checks_view.py" line="111"/>
        <source>Le fichier de la facture n&apos;a pas pu être lu : aucun contrôle possible (l&apos;aperçu dit pourquoi).</source>
        <translation>Le fichier de la facture n&apos;a pas pu être lu : aucun contrôle possible (l&apos;aperçu dit pourquoi).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checks_view.py" line="115"/>
        <source>Aucune anomalie : les totaux, la TVA et les mentions obligatoires sont cohérents.</source>
        <translation>Aucune anomalie : les totaux, la TVA et les mentions obligatoires sont cohérents.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checks_view.py" line="115"/>
        <source>{errors} anomalie(s), {warnings} avertissement(s).</source>
        <translation>{errors} anomalie(s), {warnings} avertissement(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checks_view.py" line="129"/>
        <source>Tolérance : {tolerance}</source>
        <translation>Tolérance : {tolerance}</translation>
    </message>
</context>
<context>
    <name>CircuitEditorController</name>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="428"/>
        <source>Seuils, approbateurs, délégations et catégorie de chaque structure.</source>
        <translation>Seuils, approbateurs, délégations et catégorie de chaque structure.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="429"/>
        <source>Réservé aux administrateurs (votre rôle : {role}).</source>
        <translation>Réservé aux administrateurs (votre rôle : {role}).</translation>
    </message>
</context>
<context>
    <name>CircuitEditorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="98"/>
        <source>Circuit d&apos;approbation et délais de paiement</source>
        <translation>Circuit d&apos;approbation et délais de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="101"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="103"/>
        <source>Catégorie de l&apos;entité</source>
        <translation>Catégorie de l&apos;entité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="109"/>
        <source>Seuil par défaut</source>
        <translation>Seuil par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="110"/>
        <source>exemple : 40 000,00</source>
        <translation>exemple : 40 000,00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="112"/>
        <source>Code service</source>
        <translation>Code service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="112"/>
        <source>Seuil (EUR HT)</source>
        <translation>Seuil (EUR HT)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="113"/>
        <source>Ajouter un seui&amp;l</source>
        <translation>Ajouter un seui&amp;l</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="114"/>
        <source>Retirer ce seuil</source>
        <translation>Retirer ce seuil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="115"/>
        <source>Seuils par service</source>
        <translation>Seuils par service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="119"/>
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="119"/>
        <source>Services (séparés par des virgules ; vide = tous)</source>
        <translation>Services (séparés par des virgules ; vide = tous)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="120"/>
        <source>Ajouter un approbateu&amp;r</source>
        <translation>Ajouter un approbateu&amp;r</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="121"/>
        <source>Retirer cet approbateur</source>
        <translation>Retirer cet approbateur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="122"/>
        <source>Approbateurs</source>
        <translation>Approbateurs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="126"/>
        <source>Approbateur absent</source>
        <translation>Approbateur absent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="126"/>
        <source>Délégataire</source>
        <translation>Délégataire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="126"/>
        <source>Du</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="126"/>
        <source>Au</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="127"/>
        <source>Ajouter une délé&amp;gation</source>
        <translation>Ajouter une délé&amp;gation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="128"/>
        <source>Retirer cette délégation</source>
        <translation>Retirer cette délégation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="129"/>
        <source>Délégations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="142"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="143"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="166"/>
        <source>&amp;Structure :</source>
        <translation>&amp;Structure :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="167"/>
        <source>&amp;Catégorie (délai de paiement) :</source>
        <translation>&amp;Catégorie (délai de paiement) :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="168"/>
        <source>Seuil par &amp;défaut (EUR HT) :</source>
        <translation>Seuil par &amp;défaut (EUR HT) :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="173"/>
        <source>Seuils par service (au-delà, un responsable décide)</source>
        <translation>Seuils par service (au-delà, un responsable décide)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="174"/>
        <source>Approbateurs et leurs services</source>
        <translation>Approbateurs et leurs services</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="175"/>
        <source>Délégations (absences, dates incluses)</source>
        <translation>Délégations (absences, dates incluses)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="191"/>
        <source>Chorus Pro n&apos;a pas de circuit d&apos;approbation : celui-ci est appliqué par Invoice Desk. Chaque modification est tracée dans le journal d&apos;audit.</source>
        <translation>Chorus Pro n&apos;a pas de circuit d&apos;approbation : celui-ci est appliqué par Invoice Desk. Chaque modification est tracée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="198"/>
        <source>Profil bac à sable : le circuit d&apos;approbation est celui du bac à sable, qui l&apos;applique lui-même et le renvoie à chaque connexion ; il est affiché en lecture seule. La catégorie de l&apos;entité reste modifiable ici.</source>
        <translation>Profil bac à sable : le circuit d&apos;approbation est celui du bac à sable, qui l&apos;applique lui-même et le renvoie à chaque connexion ; il est affiché en lecture seule. La catégorie de l&apos;entité reste modifiable ici.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="214"/>
        <source>Structure {id}</source>
        <translation>Structure {id}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="215"/>
        <source>{name} ({id}) — {count} facture(s)</source>
        <translation>{name} ({id}) — {count} facture(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="269"/>
        <source>Modifications non enregistrées</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="272"/>
        <source>Les modifications de cette structure ne sont pas enregistrées. Les abandonner ?</source>
        <translation>Les modifications de cette structure ne sont pas enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="321"/>
        <source>… et {count} autre(s) problème(s).</source>
        <translation>… et {count} autre(s) problème(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="361"/>
        <source>Enregistrement…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="378"/>
        <source>Enregistré dans le dépôt d&apos;équipe pour tous les postes (journal d&apos;audit n° {event}).</source>
        <translation>Enregistré dans le dépôt d&apos;équipe pour tous les postes (journal d&apos;audit n° {event}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="380"/>
        <source>Enregistré (journal d&apos;audit n° {event}).</source>
        <translation>Enregistré (journal d&apos;audit n° {event}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="384"/>
        <source>Échéances recalculées : {count} facture(s).</source>
        <translation>Échéances recalculées : {count} facture(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="399"/>
        <source>L&apos;enregistrement a échoué : {error}</source>
        <translation>L&apos;enregistrement a échoué : {error}</translation>
    </message>
</context>
<context>
    <name>CircuitTexts</name>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="17"/>
        <source>État et ses établissements publics</source>
        <translation>État et ses établissements publics</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="20"/>
        <source>Collectivités territoriales et leurs établissements publics</source>
        <translation>Collectivités territoriales et leurs établissements publics</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="23"/>
        <source>Établissements publics de santé</source>
        <translation>Établissements publics de santé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="26"/>
        <source>Service de santé des armées</source>
        <translation>Service de santé des armées</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="29"/>
        <source>Entreprises publiques (entités adjudicatrices)</source>
        <translation>Entreprises publiques (entités adjudicatrices)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="31"/>
        <source>{label} — {days} jours</source>
        <translation>{label} — {days} jours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="40"/>
        <source>Seuil par défaut</source>
        <translation>Seuil par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="41"/>
        <source>Seuils par service</source>
        <translation>Seuils par service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="42"/>
        <source>Approbateurs</source>
        <translation>Approbateurs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="43"/>
        <source>Délégations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="44"/>
        <source>Catégorie</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="48"/>
        <source>{place}, ligne {row}</source>
        <translation>{place}, ligne {row}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="51"/>
        <source>{place} : {message}</source>
        <translation>{place} : {message}</translation>
    </message>
</context>
<context>
    <name>CommentField</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/comment_field.py" line="66"/>
        <source>{length} / {max} caractères envoyés</source>
        <extracomment>Builds the change for one invoice from its current status (raises DomainError).</extracomment>
        <translation>{length} / {max} caractères envoyés</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="96"/>
        <source>En cours : {count} — {amount}</source>
        <translation>En cours : {count} — {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="97"/>
        <source>Terminées : {count} — {amount}</source>
        <translation>Terminées : {count} — {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="98"/>
        <source>En retard : {count}</source>
        <translation>En retard : {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="99"/>
        <source>Échéance ≤ 5 jours : {count}</source>
        <translation>Échéance ≤ 5 jours : {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="100"/>
        <source>Suspendues (attente fournisseur) : {count}</source>
        <translation>Suspendues (attente fournisseur) : {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="114"/>
        <source>Engagements à vérifier : {count}</source>
        <translation>Engagements à vérifier : {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="119"/>
        <source>Approbations en attente : {count}</source>
        <translation>Approbations en attente : {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="123"/>
        <source>Par statut ▾</source>
        <translation>Par statut ▾</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="124"/>
        <source>Par service ▾</source>
        <translation>Par service ▾</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="132"/>
        <source>Pièces de travaux à vérifier (MOE) : {count} — {amount} HT</source>
        <translation>Pièces de travaux à vérifier (MOE) : {count} — {amount} HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="133"/>
        <source>Pièces de travaux à valider (MOA) : {count} — {amount} HT</source>
        <translation>Pièces de travaux à valider (MOA) : {count} — {amount} HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="134"/>
        <source>Délais tacites en cours : {count} — {amount} HT</source>
        <translation>Délais tacites en cours : {count} — {amount} HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="135"/>
        <source>Échéance de l&apos;étape dépassée : {count} — {amount} HT</source>
        <translation>Échéance de l&apos;étape dépassée : {count} — {amount} HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="136"/>
        <source>Échéance de l&apos;étape ≤ 5 jours : {count} — {amount} HT</source>
        <translation>Échéance de l&apos;étape ≤ 5 jours : {count} — {amount} HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="147"/>
        <source>Travaux : {moe} à vérifier · {moa} à valider · {late} en retard ▾</source>
        <translation>Travaux : {moe} à vérifier · {moa} à valider · {late} en retard ▾</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="153"/>
        <source>Pièces de travaux (MOE / MOA) : cliquer pour choisir la boîte</source>
        <translation>Pièces de travaux (MOE / MOA) : cliquer pour choisir la boîte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="168"/>
        <source>{count} factures, {amount} TTC — cliquer pour les lister</source>
        <translation>{count} factures, {amount} TTC — cliquer pour les lister</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="179"/>
        <source>{name} : {count} — {amount}</source>
        <translation>{name} : {count} — {amount}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop_app/ui/date_field.py" line="48"/>
        <source>jj/mm/aaaa</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/date_field.py" line="57"/>
        <location filename="../../desktop_app/ui/date_field.py" line="58"/>
        <source>Choisir dans le calendrier</source>
        <translation>Choisir dans le calendrier</translation>
    </message>
</context>
<context>
    <name>DeadlineTexts</name>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="19"/>
        <source>Suspendue le {date} : délai arrêté, solde gelé de {days} jour(s)</source>
        <translation>Suspendue le {date} : délai arrêté, solde gelé de {days} jour(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="22"/>
        <source>Délai arrêté le {date}</source>
        <translation>Délai arrêté le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="28"/>
        <source>Pas de délai (avoir ou date de réception inconnue)</source>
        <translation>Pas de délai (avoir ou date de réception inconnue)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="35"/>
        <source>{date} — réglée le {end} avec {days} jour(s) de retard</source>
        <translation>{date} — réglée le {end} avec {days} jour(s) de retard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="38"/>
        <source>{date} — réglée le {end}, dans le délai</source>
        <translation>{date} — réglée le {end}, dans le délai</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="41"/>
        <source>{date} — en retard de {days} jour(s)</source>
        <translation>{date} — en retard de {days} jour(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="47"/>
        <source>{date} — {days} jour(s) restant(s)</source>
        <translation>{date} — {days} jour(s) restant(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="52"/>
        <source>(nouveau délai depuis le complément du {date})</source>
        <translation>(nouveau délai depuis le complément du {date})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="68"/>
        <source>Intérêts moratoires estimés {interest} + indemnité forfaitaire {flat}</source>
        <translation>Intérêts moratoires estimés {interest} + indemnité forfaitaire {flat}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="78"/>
        <source>Redépôt de la facture rejetée {number}</source>
        <translation>Redépôt de la facture rejetée {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="82"/>
        <source>Redéposée sous le n° {number}</source>
        <translation>Redéposée sous le n° {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="88"/>
        <source>Doublon possible de {number}</source>
        <translation>Doublon possible de {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="97"/>
        <source>Signalée doublon possible par la plateforme</source>
        <translation>Signalée doublon possible par la plateforme</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="82"/>
        <source>Co&amp;mparer avec l&apos;original…</source>
        <translation>Co&amp;mparer avec l&apos;original…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="121"/>
        <source>Champs</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="124"/>
        <source>Afficher ou masquer les champs à côté de l&apos;image de la facture (Ctrl+I)</source>
        <translation>Afficher ou masquer les champs à côté de l&apos;image de la facture (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="125"/>
        <source>Champs de la facture</source>
        <translation>Champs de la facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="132"/>
        <source>Fac&amp;ture</source>
        <translation>Fac&amp;ture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="133"/>
        <source>&amp;Historique</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="134"/>
        <source>&amp;Pièces jointes</source>
        <translation>&amp;Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="136"/>
        <location filename="../../desktop_app/ui/detail_pane.py" line="190"/>
        <source>Cont&amp;rôles</source>
        <translation>Cont&amp;rôles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="139"/>
        <location filename="../../desktop_app/ui/detail_pane.py" line="268"/>
        <source>Notes internes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="140"/>
        <source>Sélectionnez une facture dans la liste.</source>
        <translation>Sélectionnez une facture dans la liste.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="161"/>
        <source>Fournisseur</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="162"/>
        <source>SIRET / identifiant</source>
        <translation>SIRET / identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="163"/>
        <source>N° TVA</source>
        <translation>N° TVA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="164"/>
        <source>Numéro</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="165"/>
        <source>Type / cadre</source>
        <translation>Type / cadre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="166"/>
        <source>Émise le</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="167"/>
        <source>Déposée le</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="168"/>
        <source>Échéance</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="169"/>
        <source>Délai de paiement</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="170"/>
        <source>Retard</source>
        <translation>Retard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="171"/>
        <source>Dépôts liés</source>
        <translation>Dépôts liés</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="172"/>
        <source>Montant HT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="173"/>
        <source>TVA</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="174"/>
        <source>Montant TTC</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="175"/>
        <source>Net à payer</source>
        <translation>Net à payer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="176"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="177"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="178"/>
        <source>Marché</source>
        <translation>Marché</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="179"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="185"/>
        <source>Cont&amp;rôles ({count} anomalie(s))</source>
        <translation>Cont&amp;rôles ({count} anomalie(s))</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="187"/>
        <source>Cont&amp;rôles ({count} avertissement(s))</source>
        <translation>Cont&amp;rôles ({count} avertissement(s))</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="212"/>
        <source>{supplier} — facture {number}</source>
        <translation>{supplier} — facture {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="269"/>
        <source>Notes internes ({count})</source>
        <translation>Notes internes ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="351"/>
        <source>Statut : {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="359"/>
        <source>{action} : {state}</source>
        <translation>{action} : {state}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="366"/>
        <source>En attente d&apos;approbation d&apos;un responsable</source>
        <translation>En attente d&apos;approbation d&apos;un responsable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="368"/>
        <source>Doublon possible</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="371"/>
        <source>Remplace la facture rejetée {number}</source>
        <translation>Remplace la facture rejetée {number}</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="40"/>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="46"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="47"/>
        <source>Libellé de la plateforme</source>
        <translation>Libellé de la plateforme</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="48"/>
        <source>Vu dans</source>
        <translation>Vu dans</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="49"/>
        <source>Première fois</source>
        <translation>Première fois</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="50"/>
        <source>Dernière fois</source>
        <translation>Dernière fois</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="51"/>
        <source>Factures</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="54"/>
        <source>Statuts inconnus du catalogue</source>
        <translation>Statuts inconnus du catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="79"/>
        <source>Statuts reçus de la plateforme que le catalogue de l&apos;application ne connaît pas (par exemple ceux d&apos;une plateforme de dématérialisation partenaire depuis la réforme de 2026). Les factures les gardent tels qu&apos;envoyés, dans la boîte « Autres » ; signalez-les au support.</source>
        <translation>Statuts reçus de la plateforme que le catalogue de l&apos;application ne connaît pas (par exemple ceux d&apos;une plateforme de dématérialisation partenaire depuis la réforme de 2026). Les factures les gardent tels qu&apos;envoyés, dans la boîte « Autres » ; signalez-les au support.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="81"/>
        <source>Aucun statut inconnu reçu de la plateforme.</source>
        <translation>Aucun statut inconnu reçu de la plateforme.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="82"/>
        <source>statut courant</source>
        <translation>statut courant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="83"/>
        <source>historique</source>
        <translation>historique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="87"/>
        <source>(aucun libellé transmis)</source>
        <translation>(aucun libellé transmis)</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="33"/>
        <source>Comparer deux factures</source>
        <translation>Comparer deux factures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="43"/>
        <source>Facture d&apos;origine</source>
        <translation>Facture d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="44"/>
        <source>Facture reçue ensuite</source>
        <translation>Facture reçue ensuite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="46"/>
        <source>Comparaison des deux factures</source>
        <translation>Comparaison des deux factures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="60"/>
        <source>Identifiant plateforme</source>
        <translation>Identifiant plateforme</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="61"/>
        <source>Numéro</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="62"/>
        <source>Fournisseur</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="63"/>
        <source>SIRET / identifiant</source>
        <translation>SIRET / identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="64"/>
        <source>Émise le</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="65"/>
        <source>Déposée le</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="66"/>
        <source>Montant HT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="67"/>
        <source>Montant TTC</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="68"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="69"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="70"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="76"/>
        <source>Une des deux factures n&apos;est pas dans le cache.</source>
        <translation>Une des deux factures n&apos;est pas dans le cache.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="93"/>
        <source>Redépôt de la facture rejetée {number}.</source>
        <translation>Redépôt de la facture rejetée {number}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="98"/>
        <source>Même fournisseur, même numéro, même année : doublon possible.</source>
        <translation>Même fournisseur, même numéro, même année : doublon possible.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="99"/>
        <source>Différences : {fields}.</source>
        <translation>Différences : {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="104"/>
        <source>Aucune différence hormis l&apos;identifiant et le dépôt.</source>
        <translation>Aucune différence hormis l&apos;identifiant et le dépôt.</translation>
    </message>
</context>
<context>
    <name>EngagementTexts</name>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="15"/>
        <source>Engagement trouvé</source>
        <translation>Engagement trouvé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="16"/>
        <source>Engagement inconnu</source>
        <translation>Engagement inconnu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="17"/>
        <source>Autre fournisseur</source>
        <translation>Autre fournisseur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="18"/>
        <source>Dépasse le restant</source>
        <translation>Dépasse le restant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="19"/>
        <source>Numéro manquant</source>
        <translation>Numéro manquant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="32"/>
        <source>Le numéro est un engagement du même fournisseur et le montant TTC tient dans le restant.</source>
        <translation>Le numéro est un engagement du même fournisseur et le montant TTC tient dans le restant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="35"/>
        <source>Aucun engagement importé ne porte ce numéro.</source>
        <translation>Aucun engagement importé ne porte ce numéro.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="38"/>
        <source>L&apos;engagement appartient à un autre fournisseur (SIRET).</source>
        <translation>L&apos;engagement appartient à un autre fournisseur (SIRET).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="41"/>
        <source>Le montant TTC de la facture dépasse le montant restant.</source>
        <translation>Le montant TTC de la facture dépasse le montant restant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="45"/>
        <source>La facture n&apos;a pas de numéro d&apos;engagement alors que la structure l&apos;exige.</source>
        <translation>La facture n&apos;a pas de numéro d&apos;engagement alors que la structure l&apos;exige.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="61"/>
        <source>Action conseillée : recycler vers le bon service (Ctrl+Shift+Y).</source>
        <translation>Action conseillée : recycler vers le bon service (Ctrl+Shift+Y).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="67"/>
        <source>Action conseillée : suspendre en demandant le numéro d&apos;engagement (Ctrl+Shift+S), ou recycler.</source>
        <translation>Action conseillée : suspendre en demandant le numéro d&apos;engagement (Ctrl+Shift+S), ou recycler.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="72"/>
        <source>Action conseillée : suspendre en demandant un justificatif (Ctrl+Shift+S).</source>
        <translation>Action conseillée : suspendre en demandant un justificatif (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="80"/>
        <source>Engagement : tous</source>
        <translation>Engagement : tous</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="81"/>
        <source>Engagement à vérifier</source>
        <translation>Engagement à vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="93"/>
        <source>Colonnes obligatoires absentes : {missing}. En-têtes trouvés : {found}.</source>
        <translation>Colonnes obligatoires absentes : {missing}. En-têtes trouvés : {found}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="96"/>
        <source>La colonne « {header} » figure deux fois.</source>
        <translation>La colonne « {header} » figure deux fois.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="100"/>
        <source>Ligne {line} : l&apos;engagement « {value} » figure déjà ligne {first}.</source>
        <translation>Ligne {line} : l&apos;engagement « {value} » figure déjà ligne {first}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="103"/>
        <source>le numéro d&apos;engagement est vide</source>
        <translation>le numéro d&apos;engagement est vide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="106"/>
        <source>« {value} » dépasse {max} caractères</source>
        <translation>« {value} » dépasse {max} caractères</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="109"/>
        <source>le SIRET « {value} » n&apos;a pas 14 chiffres</source>
        <translation>le SIRET « {value} » n&apos;a pas 14 chiffres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="112"/>
        <source>la date « {value} » n&apos;est pas au format JJ/MM/AAAA</source>
        <translation>la date « {value} » n&apos;est pas au format JJ/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="115"/>
        <source>la date de fin précède la date de début</source>
        <translation>la date de fin précède la date de début</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="116"/>
        <source>un montant est négatif</source>
        <translation>un montant est négatif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="119"/>
        <source>« {value} » n&apos;est pas un montant (exemple : 1 234,56)</source>
        <translation>« {value} » n&apos;est pas un montant (exemple : 1 234,56)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="120"/>
        <source>le montant « {value} » n&apos;est pas exact</source>
        <translation>le montant « {value} » n&apos;est pas exact</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="124"/>
        <source>Ce fichier n&apos;est pas un tableau CSV (séparateur « ; », « , » ou tabulation).</source>
        <translation>Ce fichier n&apos;est pas un tableau CSV (séparateur « ; », « , » ou tabulation).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="125"/>
        <source>CSV mal formé : {detail}.</source>
        <translation>CSV mal formé : {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="128"/>
        <source>Ce classeur XLSX est illisible ou endommagé.</source>
        <translation>Ce classeur XLSX est illisible ou endommagé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="131"/>
        <source>Type de fichier « {extension} » non pris en charge (CSV ou XLSX).</source>
        <translation>Type de fichier « {extension} » non pris en charge (CSV ou XLSX).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="132"/>
        <source>Le fichier est vide.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="133"/>
        <source>Le fichier dépasse {max} Mo.</source>
        <translation>Le fichier dépasse {max} Mo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="136"/>
        <source>Le fichier dépasse {max} lignes.</source>
        <translation>Le fichier dépasse {max} lignes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="139"/>
        <source>Le fichier ne peut pas être lu : {detail}.</source>
        <translation>Le fichier ne peut pas être lu : {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="152"/>
        <source>Ligne {line} : {detail}.</source>
        <translation>Ligne {line} : {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="160"/>
        <source>Rien n&apos;a été importé.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>EngagementsController</name>
    <message>
        <location filename="../../desktop_app/ui/engagements_controller.py" line="38"/>
        <source>Importer les engagements juridiques</source>
        <translation>Importer les engagements juridiques</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagements_controller.py" line="40"/>
        <source>Engagements (*.csv *.txt *.xlsx);;Tous les fichiers (*)</source>
        <translation>Engagements (*.csv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagements_controller.py" line="60"/>
        <source>• {state} : {count}</source>
        <translation>• {state} : {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagements_controller.py" line="66"/>
        <source>{count} engagement(s) importé(s). Rapprochement des factures :</source>
        <translation>{count} engagement(s) importé(s). Rapprochement des factures :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagements_controller.py" line="81"/>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="84"/>
        <source>Invoice Desk — erreur</source>
        <translation>Invoice Desk — erreur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="99"/>
        <source>&amp;Détails</source>
        <translation>&amp;Détails</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/ui/action_batch.py" line="124"/>
        <location filename="../../desktop_app/ui/errors.py" line="138"/>
        <source>Une erreur inattendue s&apos;est produite. Votre travail en attente est conservé ; si le problème persiste, transmettez le journal à votre support.</source>
        <translation>Une erreur inattendue s&apos;est produite. Votre travail en attente est conservé ; si le problème persiste, transmettez le journal à votre support.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="59"/>
        <source>Exporter en CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="59"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="59"/>
        <source>factures.csv</source>
        <translation>factures.csv</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="61"/>
        <source>Exporter en XLSX</source>
        <translation>Exporter en XLSX</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="62"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="63"/>
        <source>factures.xlsx</source>
        <translation>factures.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="66"/>
        <source>Exporter en un seul PDF</source>
        <translation>Exporter en un seul PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="67"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="68"/>
        <source>factures.pdf</source>
        <translation>factures.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="73"/>
        <source>Dossier des PDF</source>
        <translation>Dossier des PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="100"/>
        <source>{count} facture(s) exportée(s) dans {path}</source>
        <translation>{count} facture(s) exportée(s) dans {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="112"/>
        <source>Export des PDF…</source>
        <translation>Export des PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="112"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="165"/>
        <source>{count} facture(s) exportée(s) en PDF, {skipped} sans fichier</source>
        <translation>{count} facture(s) exportée(s) en PDF, {skipped} sans fichier</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="64"/>
        <source>Rechercher (numéro, fournisseur, engagement…)</source>
        <translation>Rechercher (numéro, fournisseur, engagement…)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="66"/>
        <source>Recherche</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="68"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="70"/>
        <source>Fournisseur</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="74"/>
        <source>Montant min.</source>
        <translation>Montant min.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="76"/>
        <source>Montant max.</source>
        <translation>Montant max.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="86"/>
        <source>Recherches enregistrées</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="91"/>
        <source>Enre&amp;gistrer</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="92"/>
        <source>&amp;Effacer</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="99"/>
        <source>Échéa&amp;nce</source>
        <translation>Échéa&amp;nce</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="107"/>
        <source>Dou&amp;blons possibles</source>
        <translation>Dou&amp;blons possibles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="94"/>
        <source>Échéance</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="95"/>
        <source>Toutes échéances</source>
        <translation>Toutes échéances</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="96"/>
        <source>En retard</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="97"/>
        <source>Échéance sous N jours</source>
        <translation>Échéance sous N jours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="98"/>
        <source>En retard ou sous N jours</source>
        <translation>En retard ou sous N jours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="104"/>
        <source> j</source>
        <translation> j</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="105"/>
        <source>Nombre de jours</source>
        <translation>Nombre de jours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="108"/>
        <source>Facture&amp;s avec anomalies</source>
        <translation>Facture&amp;s avec anomalies</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="111"/>
        <source>Factures dont les contrôles EN 16931 ou secteur public ont trouvé une erreur</source>
        <translation>Factures dont les contrôles EN 16931 ou secteur public ont trouvé une erreur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="113"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="116"/>
        <source>Engagement &amp;juridique</source>
        <translation>Engagement &amp;juridique</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="121"/>
        <source>&amp;Du</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="123"/>
        <source>a&amp;u</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="180"/>
        <source>Tous les statuts</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="226"/>
        <source>Date invalide : {text} (jj/mm/aaaa)</source>
        <translation>Date invalide : {text} (jj/mm/aaaa)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="320"/>
        <source>Recherches enregistrées…</source>
        <translation>Recherches enregistrées…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="17"/>
        <source>Bienvenue dans Invoice Desk</source>
        <translation>Bienvenue dans Invoice Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="20"/>
        <source>Bienvenue</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="24"/>
        <source>Invoice Desk reçoit les factures de vos fournisseurs déposées sur Chorus Pro, vous aide à les traiter et renvoie vos décisions à la plateforme.</source>
        <translation>Invoice Desk reçoit les factures de vos fournisseurs déposées sur Chorus Pro, vous aide à les traiter et renvoie vos décisions à la plateforme.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="29"/>
        <source>Bac à sable</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="35"/>
        <source>Vous commencez sur le bac à sable : une plateforme de démonstration locale, avec l&apos;utilisateur de démonstration « {role} ». Rien n&apos;est envoyé à Chorus Pro. Dans Fichier › Paramètres, « Utilisateur de démonstration » vous fait agir en responsable, administrateur ou délégué.</source>
        <translation>Vous commencez sur le bac à sable : une plateforme de démonstration locale, avec l&apos;utilisateur de démonstration « {role} ». Rien n&apos;est envoyé à Chorus Pro. Dans Fichier › Paramètres, « Utilisateur de démonstration » vous fait agir en responsable, administrateur ou délégué.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="40"/>
        <source>Passer à Chorus Pro</source>
        <translation>Passer à Chorus Pro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="44"/>
        <source>Quand vous serez prêt, ouvrez Fichier › Paramètres (Ctrl+,), choisissez le profil « qualification » ou « production » et importez votre certificat.</source>
        <translation>Quand vous serez prêt, ouvrez Fichier › Paramètres (Ctrl+,), choisissez le profil « qualification » ou « production » et importez votre certificat.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="66"/>
        <source>Guide de l&apos;utilisateur — Invoice Desk</source>
        <translation>Guide de l&apos;utilisateur — Invoice Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="71"/>
        <source>Guide de l&apos;utilisateur</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="74"/>
        <source>&amp;Précédent</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="77"/>
        <source>S&amp;uivant</source>
        <translation>S&amp;uivant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="79"/>
        <source>&amp;Sommaire</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="81"/>
        <source>Rechercher dans le guide (Ctrl+F)</source>
        <translation>Rechercher dans le guide (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="82"/>
        <source>Rechercher dans le guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="85"/>
        <source>Occurrence suiva&amp;nte</source>
        <translation>Occurrence suiva&amp;nte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="157"/>
        <source>Introuvable</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="38"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="38"/>
        <location filename="../../desktop_app/ui/history_view.py" line="94"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="38"/>
        <source>Détails</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="55"/>
        <source>Auteur : {author}</source>
        <translation>Auteur : {author}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="57"/>
        <source>Motif : {motif}</source>
        <translation>Motif : {motif}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="59"/>
        <source>Commentaire : {comment}</source>
        <translation>Commentaire : {comment}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="63"/>
        <source>Mandat : {number} — {amount}</source>
        <translation>Mandat : {number} — {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="87"/>
        <source>(en attente)</source>
        <translation>(en attente)</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="45"/>
        <source>Boîtes de réception</source>
        <translation>Boîtes de réception</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="46"/>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="139"/>
        <source>Boîtes</source>
        <translation>Boîtes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="47"/>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="140"/>
        <source>Par service</source>
        <translation>Par service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="110"/>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="121"/>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="122"/>
        <source>{name} ({count} · {new} nouv.)</source>
        <translation>{name} ({count} · {new} nouv.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="131"/>
        <source>1 nouvelle facture, pas encore vue</source>
        <translation>1 nouvelle facture, pas encore vue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="131"/>
        <source>{new} nouvelles factures, pas encore vues</source>
        <translation>{new} nouvelles factures, pas encore vues</translation>
    </message>
</context>
<context>
    <name>InvoiceListView</name>
    <message>
        <location filename="../../desktop_app/ui/invoice_list.py" line="46"/>
        <source>Liste des factures</source>
        <translation>Liste des factures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_list.py" line="173"/>
        <source>Colonnes</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="113"/>
        <source>Nouvelle</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="116"/>
        <source>Numéro</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="117"/>
        <source>Fournisseur</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="118"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="119"/>
        <source>Dépôt</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="120"/>
        <source>Émission</source>
        <translation>Émission</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="121"/>
        <source>Montant TTC</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="122"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="123"/>
        <source>Envoi</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="124"/>
        <source>Échéance légale</source>
        <translation>Échéance légale</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="125"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="332"/>
        <source>Doublon possible</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="343"/>
        <source>Délai global de paiement : {date}</source>
        <translation>Délai global de paiement : {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="359"/>
        <source>suspendu ({days} j)</source>
        <translation>suspendu ({days} j)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="366"/>
        <source>{days} j de retard</source>
        <translation>{days} j de retard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="367"/>
        <source>{days} j</source>
        <translation>{days} j</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="74"/>
        <source>Invoice Desk — factures reçues</source>
        <translation>Invoice Desk — factures reçues</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="145"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="261"/>
        <location filename="../../desktop_app/ui/main_window.py" line="274"/>
        <source>{count}+ factures</source>
        <translation>{count}+ factures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="259"/>
        <location filename="../../desktop_app/ui/main_window.py" line="272"/>
        <source>{count} facture(s)</source>
        <translation>{count} facture(s)</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mandate_dialog.py" line="27"/>
        <source>Enregistrer le mandatement</source>
        <translation>Enregistrer le mandatement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mandate_dialog.py" line="36"/>
        <source>ex. 1 234,56</source>
        <translation>ex. 1 234,56</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mandate_dialog.py" line="41"/>
        <source>&amp;Numéro de mandat :</source>
        <translation>&amp;Numéro de mandat :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mandate_dialog.py" line="42"/>
        <source>&amp;Montant (EUR) :</source>
        <translation>&amp;Montant (EUR) :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mandate_dialog.py" line="43"/>
        <source>&amp;Commentaire (facultatif) :</source>
        <translation>&amp;Commentaire (facultatif) :</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="113"/>
        <source>Le motif « {code} » n&apos;existe pas.</source>
        <translation>Le motif « {code} » n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="116"/>
        <source>Choisissez un motif.</source>
        <translation>Choisissez un motif.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="119"/>
        <source>Ce motif ne s&apos;applique pas à ce statut.</source>
        <translation>Ce motif ne s&apos;applique pas à ce statut.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="122"/>
        <source>Un commentaire est obligatoire.</source>
        <translation>Un commentaire est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="125"/>
        <source>Le commentaire fait {length} caractères ; le maximum est {max}.</source>
        <translation>Le commentaire fait {length} caractères ; le maximum est {max}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="128"/>
        <source>Vous pouvez demander au plus {max} pièces.</source>
        <translation>Vous pouvez demander au plus {max} pièces.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="131"/>
        <source>Le numéro de mandat est obligatoire.</source>
        <translation>Le numéro de mandat est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="134"/>
        <source>Le numéro de mandat dépasse {max} caractères.</source>
        <translation>Le numéro de mandat dépasse {max} caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="137"/>
        <source>Le montant du mandat est obligatoire.</source>
        <translation>Le montant du mandat est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="140"/>
        <source>Le montant du mandat ne peut pas être négatif.</source>
        <translation>Le montant du mandat ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="143"/>
        <source>Choisissez le service vers lequel recycler la facture.</source>
        <translation>Choisissez le service vers lequel recycler la facture.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="146"/>
        <source>La facture est déjà adressée au service « {code} ».</source>
        <translation>La facture est déjà adressée au service « {code} ».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="149"/>
        <source>Le code service dépasse {max} caractères.</source>
        <translation>Le code service dépasse {max} caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="152"/>
        <source>Cette action n&apos;est pas un statut comptable.</source>
        <translation>Cette action n&apos;est pas un statut comptable.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="155"/>
        <source>Cette action n&apos;est pas possible depuis le statut actuel de la facture.</source>
        <translation>Cette action n&apos;est pas possible depuis le statut actuel de la facture.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="158"/>
        <source>Votre rôle ne permet pas cette action.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="162"/>
        <source>Au-delà de {threshold} EUR HT, cette action doit être décidée par un responsable.</source>
        <translation>Au-delà de {threshold} EUR HT, cette action doit être décidée par un responsable.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="165"/>
        <source>Le montant « {value} » n&apos;est pas exact.</source>
        <translation>Le montant « {value} » n&apos;est pas exact.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="168"/>
        <source>« {value} » n&apos;est pas un montant (exemple : 1 234,56).</source>
        <translation>« {value} » n&apos;est pas un montant (exemple : 1 234,56).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="171"/>
        <source>La devise « {currency} » n&apos;est pas un code ISO 4217.</source>
        <translation>La devise « {currency} » n&apos;est pas un code ISO 4217.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="174"/>
        <source>Les devises ne correspondent pas.</source>
        <translation>Les devises ne correspondent pas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="179"/>
        <source>Le cache a été écrit par une version plus récente d&apos;Invoice Desk. Mettez l&apos;application à jour ; le fichier n&apos;a pas été modifié.</source>
        <translation>Le cache a été écrit par une version plus récente d&apos;Invoice Desk. Mettez l&apos;application à jour ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="182"/>
        <source>Ce fichier n&apos;est pas un cache d&apos;Invoice Desk.</source>
        <translation>Ce fichier n&apos;est pas un cache d&apos;Invoice Desk.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="185"/>
        <source>Invoice Desk n&apos;a pas pu démarrer.</source>
        <translation>Invoice Desk n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="188"/>
        <source>Le cache local est illisible ou endommagé.</source>
        <translation>Le cache local est illisible ou endommagé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="194"/>
        <source>Le cache local est endommagé. Invoice Desk peut le réparer : le fichier endommagé est gardé à côté, la dernière copie de sauvegarde est restaurée et les actions en attente encore lisibles sont reprises.</source>
        <translation>Le cache local est endommagé. Invoice Desk peut le réparer : le fichier endommagé est gardé à côté, la dernière copie de sauvegarde est restaurée et les actions en attente encore lisibles sont reprises.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="199"/>
        <source>Le disque est plein : le cache ne peut pas être écrit. Libérez de la place puis relancez Invoice Desk ; rien n&apos;a été perdu.</source>
        <translation>Le disque est plein : le cache ne peut pas être écrit. Libérez de la place puis relancez Invoice Desk ; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="204"/>
        <source>Le cache n&apos;a pas pu être lu ou écrit (erreur d&apos;entrée-sortie : disque retiré, droits, réseau ?). Rien n&apos;a été modifié ; vérifiez le disque puis relancez.</source>
        <translation>Le cache n&apos;a pas pu être lu ou écrit (erreur d&apos;entrée-sortie : disque retiré, droits, réseau ?). Rien n&apos;a été modifié ; vérifiez le disque puis relancez.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="208"/>
        <source>« {value} » n&apos;est pas un montant (exemple : 40 000,00).</source>
        <translation>« {value} » n&apos;est pas un montant (exemple : 40 000,00).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="211"/>
        <source>Un seuil ne peut pas être négatif.</source>
        <translation>Un seuil ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="214"/>
        <source>Un seuil a au plus deux décimales (« {value} »).</source>
        <translation>Un seuil a au plus deux décimales (« {value} »).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="217"/>
        <source>Le seuil « {value} » est trop grand.</source>
        <translation>Le seuil « {value} » est trop grand.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="220"/>
        <source>Le code service est obligatoire.</source>
        <translation>Le code service est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="223"/>
        <source>Le code service « {service} » figure deux fois.</source>
        <translation>Le code service « {service} » figure deux fois.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="228"/>
        <source>Le code service « {service} » n&apos;est pas valable (ni virgule, ni « * », 100 caractères au plus).</source>
        <translation>Le code service « {service} » n&apos;est pas valable (ni virgule, ni « * », 100 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="231"/>
        <source>L&apos;identifiant est obligatoire.</source>
        <translation>L&apos;identifiant est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="235"/>
        <source>L&apos;identifiant « {user} » n&apos;est pas valable (sans espace, 200 caractères au plus).</source>
        <translation>L&apos;identifiant « {user} » n&apos;est pas valable (sans espace, 200 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="238"/>
        <source>L&apos;approbateur « {user} » figure deux fois.</source>
        <translation>L&apos;approbateur « {user} » figure deux fois.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="241"/>
        <source>La fin de la délégation précède son début.</source>
        <translation>La fin de la délégation précède son début.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="244"/>
        <source>« {user} » ne peut pas se déléguer à lui-même.</source>
        <translation>« {user} » ne peut pas se déléguer à lui-même.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="248"/>
        <source>« {user} » n&apos;est pas approbateur : il ne peut pas déléguer son approbation.</source>
        <translation>« {user} » n&apos;est pas approbateur : il ne peut pas déléguer son approbation.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="251"/>
        <source>Catégorie d&apos;entité inconnue.</source>
        <translation>Catégorie d&apos;entité inconnue.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="254"/>
        <source>Choisissez une structure.</source>
        <translation>Choisissez une structure.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="257"/>
        <source>Seul un administrateur peut modifier le circuit d&apos;approbation.</source>
        <translation>Seul un administrateur peut modifier le circuit d&apos;approbation.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="262"/>
        <source>Le dépôt d&apos;équipe a refusé l&apos;enregistrement : seul un administrateur de l&apos;équipe peut modifier le circuit et la catégorie. Rien n&apos;a été modifié.</source>
        <translation>Le dépôt d&apos;équipe a refusé l&apos;enregistrement : seul un administrateur de l&apos;équipe peut modifier le circuit et la catégorie. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="267"/>
        <source>Le dépôt d&apos;équipe est injoignable : le circuit, commun à tous les postes, n&apos;a pas été enregistré. Réessayez quand l&apos;indicateur « Équipe » est en ligne.</source>
        <translation>Le dépôt d&apos;équipe est injoignable : le circuit, commun à tous les postes, n&apos;a pas été enregistré. Réessayez quand l&apos;indicateur « Équipe » est en ligne.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="271"/>
        <source>Le nom de la recherche doit contenir du texte (au plus {maximum} caractères).</source>
        <translation>Le nom de la recherche doit contenir du texte (au plus {maximum} caractères).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="274"/>
        <source>Vous avez déjà une recherche nommée « {name} ».</source>
        <translation>Vous avez déjà une recherche nommée « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="278"/>
        <source>Seules vos propres recherches peuvent être renommées ou supprimées.</source>
        <translation>Seules vos propres recherches peuvent être renommées ou supprimées.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="286"/>
        <source>Opération impossible ({key}).</source>
        <translation>Opération impossible ({key}).</translation>
    </message>
</context>
<context>
    <name>MotifCombo</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/motif_combo.py" line="15"/>
        <source>— Choisir un motif —</source>
        <translation>— Choisir un motif —</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="104"/>
        <source>Note interne — facture {number}</source>
        <translation>Note interne — facture {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="111"/>
        <source>La note est partagée avec l&apos;équipe par le dépôt d&apos;équipe ; la plateforme ne la voit jamais.</source>
        <translation>La note est partagée avec l&apos;équipe par le dépôt d&apos;équipe ; la plateforme ne la voit jamais.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="114"/>
        <source>Mode solo : la note reste sur ce poste ; la plateforme ne la voit jamais.</source>
        <translation>Mode solo : la note reste sur ce poste ; la plateforme ne la voit jamais.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="119"/>
        <source>Texte de la note</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="141"/>
        <source>Une note doit contenir du texte (au plus {maximum} caractères).</source>
        <translation>Une note doit contenir du texte (au plus {maximum} caractères).</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="45"/>
        <source>Ajouter une note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="46"/>
        <source>Ajouter une note interne (Ctrl+Shift+N)</source>
        <translation>Ajouter une note interne (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="63"/>
        <source>Notes de l&apos;équipe, partagées par le dépôt d&apos;équipe ; jamais envoyées à la plateforme.</source>
        <translation>Notes de l&apos;équipe, partagées par le dépôt d&apos;équipe ; jamais envoyées à la plateforme.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="68"/>
        <source>Mode solo (pas de dépôt d&apos;équipe) : les notes restent sur ce poste et ne sont jamais envoyées à la plateforme.</source>
        <translation>Mode solo (pas de dépôt d&apos;équipe) : les notes restent sur ce poste et ne sont jamais envoyées à la plateforme.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="74"/>
        <source>Aucune note interne sur cette facture.</source>
        <translation>Aucune note interne sur cette facture.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="78"/>
        <source>{author}, le {at}</source>
        <translation>{author}, le {at}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="92"/>
        <source>(partagée)</source>
        <translation>(partagée)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="93"/>
        <source>(en attente du dépôt d&apos;équipe)</source>
        <translation>(en attente du dépôt d&apos;équipe)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="94"/>
        <source>(sur ce poste seulement)</source>
        <translation>(sur ce poste seulement)</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="70"/>
        <source>{supplier} ({count})</source>
        <translation>{supplier} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="75"/>
        <source>{line} : {suppliers}</source>
        <translation>{line} : {suppliers}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="84"/>
        <source>{supplier} : {status}</source>
        <translation>{supplier} : {status}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="90"/>
        <source>… et {count} autre(s) changement(s)</source>
        <translation>… et {count} autre(s) changement(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="96"/>
        <source>Invoice Desk — factures reçues</source>
        <translation>Invoice Desk — factures reçues</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="104"/>
        <source>1 nouvelle facture</source>
        <translation>1 nouvelle facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="104"/>
        <source>{count} nouvelles factures</source>
        <translation>{count} nouvelles factures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="123"/>
        <source>{count} action(s) envoyée(s)</source>
        <translation>{count} action(s) envoyée(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="126"/>
        <source>{count} action(s) à corriger</source>
        <translation>{count} action(s) à corriger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="130"/>
        <source>{count} action(s) en attente d&apos;approbation</source>
        <translation>{count} action(s) en attente d&apos;approbation</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="44"/>
        <source>Statut demandé : {status}</source>
        <translation>Statut demandé : {status}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="49"/>
        <source>Motif : {motif}</source>
        <translation>Motif : {motif}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="79"/>
        <source>Commentaire : {comment}</source>
        <translation>Commentaire : {comment}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="52"/>
        <source>Mandat : {number} — {amount}</source>
        <translation>Mandat : {number} — {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="59"/>
        <source>Mandat : {number}</source>
        <translation>Mandat : {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="70"/>
        <source>Statut : {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="73"/>
        <source>Depuis le : {when}</source>
        <translation>Depuis le : {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="85"/>
        <source>Montant TTC : {amount}</source>
        <translation>Montant TTC : {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="100"/>
        <source>Envois en attente</source>
        <translation>Envois en attente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="106"/>
        <source>Facture</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="107"/>
        <source>Fournisseur</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="108"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="109"/>
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="110"/>
        <source>Essais</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="111"/>
        <source>Message de la plateforme</source>
        <translation>Message de la plateforme</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="130"/>
        <source>&lt;b&gt;Ma version&lt;/b&gt; (action en attente)</source>
        <translation>&lt;b&gt;Ma version&lt;/b&gt; (action en attente)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="131"/>
        <source>&lt;b&gt;Leur version&lt;/b&gt; (plateforme)</source>
        <translation>&lt;b&gt;Leur version&lt;/b&gt; (plateforme)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="137"/>
        <source>&amp;Corriger et renvoyer…</source>
        <translation>&amp;Corriger et renvoyer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="138"/>
        <source>&amp;Abandonner</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="139"/>
        <source>&amp;Garder ma version</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="140"/>
        <source>&amp;Prendre la leur</source>
        <translation>&amp;Prendre la leur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="141"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="152"/>
        <source>Aucun envoi en attente.</source>
        <translation>Aucun envoi en attente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="196"/>
        <source>La facture a changé sur la plateforme ({status}) depuis votre action.</source>
        <translation>La facture a changé sur la plateforme ({status}) depuis votre action.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="218"/>
        <source>Statut actuel : {status}</source>
        <translation>Statut actuel : {status}</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="64"/>
        <source>Facture {number}</source>
        <translation>Facture {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="77"/>
        <source>Préparation de l&apos;image de la facture…</source>
        <translation>Préparation de l&apos;image de la facture…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="100"/>
        <source>Le fichier de la facture est illisible ({detail}). Aperçu établi à partir des données de la plateforme.</source>
        <translation>Le fichier de la facture est illisible ({detail}). Aperçu établi à partir des données de la plateforme.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="106"/>
        <source>Fichier de la facture pas encore téléchargé : aperçu établi à partir des données de la plateforme.</source>
        <translation>Fichier de la facture pas encore téléchargé : aperçu établi à partir des données de la plateforme.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="74"/>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="117"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="81"/>
        <source>Agrandir</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="82"/>
        <source>Ouvrir dans la visionneuse (F11 ou double-clic)</source>
        <translation>Ouvrir dans la visionneuse (F11 ou double-clic)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="88"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="89"/>
        <source>Zoom arrière (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="96"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="97"/>
        <source>Zoom avant (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="103"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="104"/>
        <source>Taille réelle, 100 % (Ctrl+0)</source>
        <translation>Taille réelle, 100 % (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="110"/>
        <source>Largeur</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="111"/>
        <source>Ajuster à la largeur (Ctrl+9)</source>
        <translation>Ajuster à la largeur (Ctrl+9)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="118"/>
        <source>Page entière (Ctrl+8)</source>
        <translation>Page entière (Ctrl+8)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="125"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="126"/>
        <source>Page précédente (Ctrl+Page préc.)</source>
        <translation>Page précédente (Ctrl+Page préc.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="134"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="135"/>
        <source>Page suivante (Ctrl+Page suiv.)</source>
        <translation>Page suivante (Ctrl+Page suiv.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="142"/>
        <source>Imprimer…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="143"/>
        <source>Imprimer la facture (Ctrl+P)</source>
        <translation>Imprimer la facture (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="149"/>
        <source>Aperçu…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="150"/>
        <source>Aperçu avant impression (Ctrl+Shift+P)</source>
        <translation>Aperçu avant impression (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="323"/>
        <source>/ {count}</source>
        <translation>/ {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="336"/>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="346"/>
        <source>Impression</source>
        <translation>Impression</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="170"/>
        <source>Actions en attente</source>
        <translation>Actions en attente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="172"/>
        <source>{count} action(s) n&apos;ont pas encore été envoyées à la plateforme.</source>
        <translation>{count} action(s) n&apos;ont pas encore été envoyées à la plateforme.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="179"/>
        <source>Envoyer maintenant : Invoice Desk les envoie, puis se ferme.</source>
        <translation>Envoyer maintenant : Invoice Desk les envoie, puis se ferme.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="181"/>
        <source>Vous êtes hors ligne : l&apos;envoi sera tenté, sans garantie.</source>
        <translation>Vous êtes hors ligne : l&apos;envoi sera tenté, sans garantie.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="186"/>
        <source>Quitter quand même : elles partiront au prochain démarrage.</source>
        <translation>Quitter quand même : elles partiront au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="187"/>
        <source>&amp;Envoyer maintenant</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="189"/>
        <source>&amp;Quitter quand même</source>
        <translation>&amp;Quitter quand même</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="191"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="204"/>
        <source>Envoi des actions en attente…</source>
        <translation>Envoi des actions en attente…</translation>
    </message>
</context>
<context>
    <name>RecycleDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/recycle_dialog.py" line="33"/>
        <source>Recycler vers un autre service</source>
        <extracomment>the motive proposed first: a wrong service is Chorus Pro&apos;s usual reason to recycle</extracomment>
        <translation>Recycler vers un autre service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/recycle_dialog.py" line="41"/>
        <source>Code ou nom du service</source>
        <translation>Code ou nom du service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/recycle_dialog.py" line="55"/>
        <source>(aucun)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/recycle_dialog.py" line="56"/>
        <source>Rechercher un &amp;service :</source>
        <translation>Rechercher un &amp;service :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/recycle_dialog.py" line="58"/>
        <source>Service &amp;destinataire :</source>
        <translation>Service &amp;destinataire :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/recycle_dialog.py" line="60"/>
        <source>&amp;Motif :</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/recycle_dialog.py" line="62"/>
        <source>&amp;Commentaire :</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/recycle_dialog.py" line="64"/>
        <source>Service actuel :</source>
        <translation>Service actuel :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/recycle_dialog.py" line="74"/>
        <source>La facture passe « À recycler » : le fournisseur la ré-achemine vers le service choisi, qui la reçoit ; elle quitte votre boîte si ce n&apos;est pas votre service.</source>
        <translation>La facture passe « À recycler » : le fournisseur la ré-achemine vers le service choisi, qui la reçoit ; elle quitte votre boîte si ce n&apos;est pas votre service.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="25"/>
        <source>La plateforme ne trouve plus cette facture (elle a pu être réaffectée).</source>
        <extracomment>what :func:`desktop_app.sync.resolution.fix_and_resend` keeps of the refusal it replaces</extracomment>
        <translation>La plateforme ne trouve plus cette facture (elle a pu être réaffectée).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="28"/>
        <source>Ce changement de statut n&apos;est pas permis depuis le statut actuel.</source>
        <translation>Ce changement de statut n&apos;est pas permis depuis le statut actuel.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="31"/>
        <source>La plateforme demande un motif pour ce statut.</source>
        <translation>La plateforme demande un motif pour ce statut.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="34"/>
        <source>La plateforme demande un commentaire pour ce motif.</source>
        <translation>La plateforme demande un commentaire pour ce motif.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="37"/>
        <source>Le motif envoyé est trop long pour la plateforme : raccourcissez-le.</source>
        <translation>Le motif envoyé est trop long pour la plateforme : raccourcissez-le.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="40"/>
        <source>La plateforme ne connaît pas ce motif pour ce statut.</source>
        <translation>La plateforme ne connaît pas ce motif pour ce statut.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="43"/>
        <source>La plateforme a refusé une donnée de la demande (format invalide).</source>
        <translation>La plateforme a refusé une donnée de la demande (format invalide).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="46"/>
        <source>Structure ou service non rattaché à votre compte technique.</source>
        <translation>Structure ou service non rattaché à votre compte technique.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="49"/>
        <source>Votre habilitation ne permet pas cette action sur la plateforme.</source>
        <translation>Votre habilitation ne permet pas cette action sur la plateforme.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="52"/>
        <source>Cette action doit d&apos;abord être approuvée par un approbateur.</source>
        <translation>Cette action doit d&apos;abord être approuvée par un approbateur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="55"/>
        <source>La plateforme a refusé la demande (code {code}).</source>
        <translation>La plateforme a refusé la demande (code {code}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="80"/>
        <source>Corrigée après un refus ; renvoi en attente.</source>
        <translation>Corrigée après un refus ; renvoi en attente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="83"/>
        <source>Corrigée après un refus ({reason}) ; renvoi en attente.</source>
        <translation>Corrigée après un refus ({reason}) ; renvoi en attente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="87"/>
        <source>Échec temporaire, nouvel essai prévu : {reason}</source>
        <translation>Échec temporaire, nouvel essai prévu : {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="91"/>
        <source>Échec temporaire, nouvel essai prévu.</source>
        <translation>Échec temporaire, nouvel essai prévu.</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/reject_dialog.py" line="30"/>
        <source>Rejeter la facture</source>
        <translation>Rejeter la facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/reject_dialog.py" line="35"/>
        <source>&amp;Motif :</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/reject_dialog.py" line="37"/>
        <source>&amp;Commentaire :</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/reject_dialog.py" line="45"/>
        <source>Le rejet est définitif : le fournisseur devra déposer une nouvelle facture.</source>
        <translation>Le rejet est définitif : le fournisseur devra déposer une nouvelle facture.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="84"/>
        <source>Votre certificat a expiré le {day} : la plateforme refuse la connexion. Demandez un nouveau certificat à votre service informatique (ou à votre autorité de certification), puis importez-le dans Fichier › Paramètres.</source>
        <translation>Votre certificat a expiré le {day} : la plateforme refuse la connexion. Demandez un nouveau certificat à votre service informatique (ou à votre autorité de certification), puis importez-le dans Fichier › Paramètres.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="90"/>
        <source>Votre certificat expire dans {days} jour(s), le {day}. Demandez dès maintenant son renouvellement à votre service informatique (ou à votre autorité de certification), puis importez le nouveau fichier dans Fichier › Paramètres.</source>
        <translation>Votre certificat expire dans {days} jour(s), le {day}. Demandez dès maintenant son renouvellement à votre service informatique (ou à votre autorité de certification), puis importez le nouveau fichier dans Fichier › Paramètres.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="91"/>
        <source>Certificat bientôt expiré</source>
        <translation>Certificat bientôt expiré</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="106"/>
        <source>Le mot de passe du compte technique Chorus Pro a expiré le {day}. Changez-le sur Chorus Pro, puis indiquez la date du changement dans Fichier › Paramètres.</source>
        <translation>Le mot de passe du compte technique Chorus Pro a expiré le {day}. Changez-le sur Chorus Pro, puis indiquez la date du changement dans Fichier › Paramètres.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="112"/>
        <source>Le mot de passe du compte technique Chorus Pro expire dans {days} jour(s), le {day}. Changez-le sur Chorus Pro avant cette date, puis indiquez la date du changement dans Fichier › Paramètres.</source>
        <translation>Le mot de passe du compte technique Chorus Pro expire dans {days} jour(s), le {day}. Changez-le sur Chorus Pro avant cette date, puis indiquez la date du changement dans Fichier › Paramètres.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="113"/>
        <source>Mot de passe du compte technique</source>
        <translation>Mot de passe du compte technique</translation>
    </message>
</context>
<context>
    <name>SaveSearchDialog</name>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="44"/>
        <source>Enregistrer la recherche</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="48"/>
        <source>Nom de la recherche</source>
        <translation>Nom de la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="49"/>
        <source>&amp;Nom de la recherche :</source>
        <translation>&amp;Nom de la recherche :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="50"/>
        <source>&amp;Partager avec l&apos;équipe (partagée)</source>
        <translation>&amp;Partager avec l&apos;équipe (partagée)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="53"/>
        <source>Vos collègues la verront dans leurs recherches, marquée de votre nom.</source>
        <translation>Vos collègues la verront dans leurs recherches, marquée de votre nom.</translation>
    </message>
</context>
<context>
    <name>SavedSearchesController</name>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="88"/>
        <source>{name} — de {owner}</source>
        <translation>{name} — de {owner}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="90"/>
        <source>{name} · partagée</source>
        <translation>{name} · partagée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="129"/>
        <source>S&apos;applique à la recherche « {name} ».</source>
        <translation>S&apos;applique à la recherche « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="135"/>
        <source>« {name} » est partagée par {owner} : seul son auteur peut la modifier.</source>
        <translation>« {name} » est partagée par {owner} : seul son auteur peut la modifier.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="138"/>
        <source>Choisissez d&apos;abord une de vos recherches enregistrées.</source>
        <translation>Choisissez d&apos;abord une de vos recherches enregistrées.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="147"/>
        <source>Enregistrer la recherche</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="148"/>
        <source>Nom de la recherche :</source>
        <translation>Nom de la recherche :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="176"/>
        <source>Renommer la recherche</source>
        <translation>Renommer la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="177"/>
        <source>Nouveau nom de « {name} » :</source>
        <translation>Nouveau nom de « {name} » :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="195"/>
        <source>Supprimer la recherche « {name} » ?</source>
        <translation>Supprimer la recherche « {name} » ?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="198"/>
        <source>Elle disparaîtra aussi chez vos collègues.</source>
        <translation>Elle disparaîtra aussi chez vos collègues.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="200"/>
        <source>Supprimer la recherche</source>
        <translation>Supprimer la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="220"/>
        <source>La recherche n&apos;a pas pu être enregistrée : {error}</source>
        <translation>La recherche n&apos;a pas pu être enregistrée : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="229"/>
        <source>Recherches enregistrées</source>
        <translation>Recherches enregistrées</translation>
    </message>
</context>
<context>
    <name>SeenTracker</name>
    <message>
        <location filename="../../desktop_app/ui/new_invoices.py" line="91"/>
        <source>Les factures n&apos;ont pas pu être marquées comme vues : {error}</source>
        <translation>Les factures n&apos;ont pas pu être marquées comme vues : {error}</translation>
    </message>
</context>
<context>
    <name>ServiceDoneDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/service_done_dialog.py" line="24"/>
        <source>Constater le service fait</source>
        <translation>Constater le service fait</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/service_done_dialog.py" line="31"/>
        <source>&amp;Commentaire (facultatif) :</source>
        <translation>&amp;Commentaire (facultatif) :</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="67"/>
        <source>Bac à sable (démo locale)</source>
        <translation>Bac à sable (démo locale)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="68"/>
        <source>Chorus Pro — qualification</source>
        <translation>Chorus Pro — qualification</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="69"/>
        <source>Chorus Pro — production</source>
        <translation>Chorus Pro — production</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="70"/>
        <source>Personnalisé</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="21"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="22"/>
        <source>Responsable</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="23"/>
        <source>Administrateur</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="83"/>
        <source>certificat</source>
        <translation>certificat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="84"/>
        <source>compte de session du poste</source>
        <translation>compte de session du poste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="87"/>
        <source>utilisateur de démonstration</source>
        <translation>utilisateur de démonstration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="106"/>
        <source>Paramètres</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="121"/>
        <source>La connexion a échoué : {reason}
Corrigez ci-dessous (certificat, mot de passe, profil) puis Enregistrer : Invoice Desk se reconnecte.</source>
        <translation>La connexion a échoué : {reason}
Corrigez ci-dessous (certificat, mot de passe, profil) puis Enregistrer : Invoice Desk se reconnecte.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="140"/>
        <source>non renseignée</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="143"/>
        <source>Circuit des factures de &amp;travaux (MOE / MOA)</source>
        <translation>Circuit des factures de &amp;travaux (MOE / MOA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="150"/>
        <source>Relève et traite les pièces de travaux (états d&apos;acompte, décomptes) de ce profil. Par défaut : seulement pour les utilisateurs MOE et MOA de la démonstration.</source>
        <translation>Relève et traite les pièces de travaux (états d&apos;acompte, décomptes) de ce profil. Par défaut : seulement pour les utilisateurs MOE et MOA de la démonstration.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="153"/>
        <source>Connexion</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="157"/>
        <source>&amp;Profil :</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="158"/>
        <source>&amp;Adresse (personnalisé) :</source>
        <translation>&amp;Adresse (personnalisé) :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="159"/>
        <source>Utilisateur de &amp;démonstration :</source>
        <translation>Utilisateur de &amp;démonstration :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="162"/>
        <source>Mot de passe du compte technique &amp;changé le :</source>
        <translation>Mot de passe du compte technique &amp;changé le :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="165"/>
        <source>Utilisateur :</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="166"/>
        <source>Rôle :</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="198"/>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="201"/>
        <source>&amp;Importer le certificat</source>
        <translation>&amp;Importer le certificat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="202"/>
        <source>&amp;Retirer le certificat</source>
        <translation>&amp;Retirer le certificat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="203"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="338"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="451"/>
        <source>Aucun certificat importé.</source>
        <translation>Aucun certificat importé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="212"/>
        <source>Certificat (PKCS#12)</source>
        <translation>Certificat (PKCS#12)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="217"/>
        <source>&amp;Fichier :</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="220"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="233"/>
        <source>Afficher les &amp;notifications (nouvelles factures, changements de statut)</source>
        <translation>Afficher les &amp;notifications (nouvelles factures, changements de statut)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="244"/>
        <source>Nouvelles &amp;factures</source>
        <translation>Nouvelles &amp;factures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="245"/>
        <source>Changements de &amp;statut</source>
        <translation>Changements de &amp;statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="246"/>
        <source>Résultats des &amp;envois</source>
        <translation>Résultats des &amp;envois</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="247"/>
        <source>&amp;Approbations</source>
        <translation>&amp;Approbations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="252"/>
        <source>Tous les services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="253"/>
        <source>Général</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="259"/>
        <source>Me notifier de :</source>
        <translation>Me notifier de :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="261"/>
        <source>Pour les services (codes, séparés par des virgules) :</source>
        <translation>Pour les services (codes, séparés par des virgules) :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="265"/>
        <source>&amp;Langue :</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="350"/>
        <source>Certificat : {path}
Son mot de passe sera demandé à la connexion (ou saisissez-le ci-dessus puis Importer).</source>
        <translation>Certificat : {path}
Son mot de passe sera demandé à la connexion (ou saisissez-le ci-dessus puis Importer).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="375"/>
        <source>{name} — d&apos;après : {source}</source>
        <translation>{name} — d&apos;après : {source}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="382"/>
        <source>Choisir le certificat</source>
        <translation>Choisir le certificat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="383"/>
        <source>Certificats PKCS#12 (*.p12 *.pfx)</source>
        <translation>Certificats PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="394"/>
        <source>Aucun certificat : il sera retiré à l&apos;enregistrement.</source>
        <translation>Aucun certificat : il sera retiré à l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="407"/>
        <source>Certificat de démonstration de l&apos;utilisateur choisi.</source>
        <translation>Certificat de démonstration de l&apos;utilisateur choisi.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="442"/>
        <source>Le trousseau du système n&apos;est pas disponible : le mot de passe est gardé pour cette session seulement et vous sera redemandé au prochain démarrage.</source>
        <translation>Le trousseau du système n&apos;est pas disponible : le mot de passe est gardé pour cette session seulement et vous sera redemandé au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="460"/>
        <source>&amp;Remplacer le certificat</source>
        <translation>&amp;Remplacer le certificat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="465"/>
        <source>Titulaire : {subject}
Émetteur : {issuer}
N° de série : {serial}
Valide du {start} au {end}</source>
        <translation>Titulaire : {subject}
Émetteur : {issuer}
N° de série : {serial}
Valide du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="479"/>
        <source>Ce certificat a expiré : la connexion à Chorus Pro sera refusée. Demandez-en un nouveau puis importez-le ici.</source>
        <translation>Ce certificat a expiré : la connexion à Chorus Pro sera refusée. Demandez-en un nouveau puis importez-le ici.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="482"/>
        <source>Ce certificat expire dans {days} jour(s) : demandez son renouvellement.</source>
        <translation>Ce certificat expire dans {days} jour(s) : demandez son renouvellement.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="23"/>
        <source>Raccourcis clavier</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="32"/>
        <source>Parcourir la liste</source>
        <translation>Parcourir la liste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="32"/>
        <source>Flèches, Page préc./suiv., Début/Fin</source>
        <translation>Flèches, Page préc./suiv., Début/Fin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="33"/>
        <source>Sélection multiple</source>
        <translation>Sélection multiple</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="33"/>
        <source>Maj + flèches, Ctrl + Espace</source>
        <translation>Maj + flèches, Ctrl + Espace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="34"/>
        <source>Ouvrir le détail</source>
        <translation>Ouvrir le détail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="34"/>
        <source>Entrée</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="35"/>
        <source>Zone suivante / précédente</source>
        <translation>Zone suivante / précédente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="35"/>
        <source>Tab / Maj + Tab</source>
        <translation>Tab / Maj + Tab</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="38"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="38"/>
        <source>Raccourci</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="87"/>
        <source>{code} (statut non répertorié)</source>
        <translation>{code} (statut non répertorié)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="103"/>
        <source>Statut transmis par la plateforme que le catalogue de l&apos;application ne connaît pas (Aide › Diagnostics) ; la facture le garde tel quel.</source>
        <translation>Statut transmis par la plateforme que le catalogue de l&apos;application ne connaît pas (Aide › Diagnostics) ; la facture le garde tel quel.</translation>
    </message>
</context>
<context>
    <name>StructureSelector</name>
    <message>
        <location filename="../../desktop_app/ui/structure_selector.py" line="64"/>
        <source>Structures</source>
        <translation>Structures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/structure_selector.py" line="199"/>
        <source>Toutes les structures ({count})</source>
        <translation>Toutes les structures ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/structure_selector.py" line="205"/>
        <source>Les factures de toutes vos structures, ensemble (Entrée)</source>
        <translation>Les factures de toutes vos structures, ensemble (Entrée)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/structure_selector.py" line="208"/>
        <source>Structure {id}</source>
        <translation>Structure {id}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/structure_selector.py" line="210"/>
        <location filename="../../desktop_app/ui/structure_selector.py" line="227"/>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/structure_selector.py" line="216"/>
        <source>{name}
SIRET {siret} — {count} facture(s), dont {todo} à traiter
Espace : cocher ou décocher · Entrée : uniquement cette structure</source>
        <translation>{name}
SIRET {siret} — {count} facture(s), dont {todo} à traiter
Espace : cocher ou décocher · Entrée : uniquement cette structure</translation>
    </message>
</context>
<context>
    <name>SummaryPdf</name>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="26"/>
        <source>Fournisseur</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="27"/>
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="28"/>
        <source>Numéro</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="29"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="30"/>
        <source>Date d&apos;émission</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="31"/>
        <source>Date de dépôt</source>
        <translation>Date de dépôt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="32"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="33"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="35"/>
        <source>Montant HT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="38"/>
        <source>TVA</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="40"/>
        <source>Montant TTC</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="43"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="50"/>
        <source>Facture {number}</source>
        <translation>Facture {number}</translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/suspend_dialog.py" line="27"/>
        <source>Suspendre la facture</source>
        <translation>Suspendre la facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/suspend_dialog.py" line="39"/>
        <source>Une pièce par ligne, par exemple : bon de livraison signé</source>
        <translation>Une pièce par ligne, par exemple : bon de livraison signé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/suspend_dialog.py" line="44"/>
        <source>&amp;Motif :</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/suspend_dialog.py" line="45"/>
        <source>&amp;Commentaire :</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/suspend_dialog.py" line="46"/>
        <source>&amp;Pièces demandées :</source>
        <translation>&amp;Pièces demandées :</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="60"/>
        <source>Jamais synchronisé</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="82"/>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="89"/>
        <source>Prochaine synchro : {time}</source>
        <translation>Prochaine synchro : {time}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="107"/>
        <source>En ligne</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="108"/>
        <source>Hors ligne</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="109"/>
        <source>Synchronisation…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="110"/>
        <source>Échec d&apos;authentification</source>
        <translation>Échec d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="114"/>
        <source>{state} — bac à sable</source>
        <translation>{state} — bac à sable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="136"/>
        <source>Synchronisation impossible : {reason}</source>
        <translation>Synchronisation impossible : {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="100"/>
        <location filename="../../desktop_app/ui/status_bar.py" line="144"/>
        <source>Dernière synchro : {time}</source>
        <translation>Dernière synchro : {time}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="147"/>
        <source>{new} nouvelle(s), {changed} modifiée(s), {sent} action(s) envoyée(s)</source>
        <translation>{new} nouvelle(s), {changed} modifiée(s), {sent} action(s) envoyée(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="159"/>
        <source>Envois en attente : {pending} · à traiter : {attention}</source>
        <translation>Envois en attente : {pending} · à traiter : {attention}</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="99"/>
        <location filename="../../desktop_app/ui/team_controller.py" line="258"/>
        <source>Dépôt d&apos;équipe</source>
        <translation>Dépôt d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="105"/>
        <source>Saisir le mot de passe…</source>
        <translation>Saisir le mot de passe…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="107"/>
        <source>Paramètres…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="108"/>
        <source>Compte : {login}</source>
        <translation>Compte : {login}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="133"/>
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="140"/>
        <source>Mot de passe gardé dans le trousseau du système.</source>
        <translation>Mot de passe gardé dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="141"/>
        <source>Mot de passe gardé pour cette session seulement.</source>
        <translation>Mot de passe gardé pour cette session seulement.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="157"/>
        <source>Nécessite le dépôt d&apos;équipe : ce poste est en mode solo (aucun collègue avec qui partager la prise en charge).</source>
        <translation>Nécessite le dépôt d&apos;équipe : ce poste est en mode solo (aucun collègue avec qui partager la prise en charge).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="166"/>
        <source>Prise en charge</source>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="170"/>
        <source>Libérer la prise en charge</source>
        <translation>Libérer la prise en charge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="193"/>
        <source>{count} facture(s) : fait.</source>
        <translation>{count} facture(s) : fait.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="196"/>
        <source>Le dépôt d&apos;équipe le saura dès qu&apos;il sera joignable.</source>
        <translation>Le dépôt d&apos;équipe le saura dès qu&apos;il sera joignable.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="209"/>
        <source>L&apos;opération n&apos;a pas pu être enregistrée dans le cache.</source>
        <translation>L&apos;opération n&apos;a pas pu être enregistrée dans le cache.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="229"/>
        <source>Note interne</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="245"/>
        <source>Note interne enregistrée.</source>
        <translation>Note interne enregistrée.</translation>
    </message>
</context>
<context>
    <name>TeamPasswordDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/team_password_dialog.py" line="24"/>
        <source>Mot de passe du dépôt d&apos;équipe</source>
        <translation>Mot de passe du dépôt d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/team_password_dialog.py" line="27"/>
        <source>Le dépôt d&apos;équipe a refusé le mot de passe.</source>
        <translation>Le dépôt d&apos;équipe a refusé le mot de passe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/team_password_dialog.py" line="28"/>
        <source>Mot de passe du compte {login} :</source>
        <translation>Mot de passe du compte {login} :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/team_password_dialog.py" line="33"/>
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/team_password_dialog.py" line="35"/>
        <source>Le garder dans le trousseau du système</source>
        <translation>Le garder dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/team_password_dialog.py" line="47"/>
        <source>Le trousseau du système n&apos;est pas disponible : ce mot de passe est gardé pour cette session seulement et sera demandé à nouveau au prochain démarrage.</source>
        <translation>Le trousseau du système n&apos;est pas disponible : ce mot de passe est gardé pour cette session seulement et sera demandé à nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/team_password_dialog.py" line="73"/>
        <source>Ce mot de passe est gardé pour cette session seulement.</source>
        <translation>Ce mot de passe est gardé pour cette session seulement.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/team_password_dialog.py" line="79"/>
        <source>Saisissez le mot de passe.</source>
        <translation>Saisissez le mot de passe.</translation>
    </message>
</context>
<context>
    <name>TeamTexts</name>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="13"/>
        <source>pris en charge par {user}</source>
        <translation>pris en charge par {user}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="28"/>
        <source>approuvée</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="29"/>
        <source>refusée</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="41"/>
        <source>Facture {number} : demande déjà {state} par {by} le {at}.</source>
        <translation>Facture {number} : demande déjà {state} par {by} le {at}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="44"/>
        <location filename="../../desktop_app/ui/team_texts.py" line="47"/>
        <source>Facture {number} déjà prise en charge par {by} depuis le {at}.</source>
        <translation>Facture {number} déjà prise en charge par {by} depuis le {at}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="50"/>
        <source>Facture {number} : {by} a déjà demandé une approbation le {at}.</source>
        <translation>Facture {number} : {by} a déjà demandé une approbation le {at}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="55"/>
        <source>Facture {number} : seul {by} ou un responsable peut la libérer (le dépôt d&apos;équipe l&apos;a refusé).</source>
        <translation>Facture {number} : seul {by} ou un responsable peut la libérer (le dépôt d&apos;équipe l&apos;a refusé).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="60"/>
        <source>Facture {number} : prise en charge par {by} depuis le {at} ; seul {by} ou un responsable peut la libérer.</source>
        <translation>Facture {number} : prise en charge par {by} depuis le {at} ; seul {by} ou un responsable peut la libérer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="65"/>
        <source>Facture {number} : le dépôt d&apos;équipe n&apos;accepte pas votre décision (service ou plafond hors de vos délégations).</source>
        <translation>Facture {number} : le dépôt d&apos;équipe n&apos;accepte pas votre décision (service ou plafond hors de vos délégations).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="70"/>
        <source>Recherche « {name} » : le dépôt d&apos;équipe a refusé la modification (seul son auteur peut la modifier).</source>
        <translation>Recherche « {name} » : le dépôt d&apos;équipe a refusé la modification (seul son auteur peut la modifier).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="73"/>
        <source>Facture {number} : le dépôt d&apos;équipe a refusé l&apos;opération ({detail}).</source>
        <translation>Facture {number} : le dépôt d&apos;équipe a refusé l&apos;opération ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="78"/>
        <source>La prise en charge se partage par le dépôt d&apos;équipe, qui n&apos;est pas configuré sur ce poste (mode solo).</source>
        <translation>La prise en charge se partage par le dépôt d&apos;équipe, qui n&apos;est pas configuré sur ce poste (mode solo).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="81"/>
        <source>Une note doit contenir du texte (au plus {maximum} caractères).</source>
        <translation>Une note doit contenir du texte (au plus {maximum} caractères).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="82"/>
        <source>Saisissez le mot de passe.</source>
        <translation>Saisissez le mot de passe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="88"/>
        <source>(date inconnue)</source>
        <translation>(date inconnue)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="97"/>
        <source>Équipe : connexion…</source>
        <translation>Équipe : connexion…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="98"/>
        <source>Équipe : en ligne</source>
        <translation>Équipe : en ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="99"/>
        <source>Équipe : hors ligne</source>
        <translation>Équipe : hors ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="100"/>
        <source>Équipe : mot de passe requis</source>
        <translation>Équipe : mot de passe requis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="101"/>
        <source>Équipe : connexion refusée</source>
        <translation>Équipe : connexion refusée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="105"/>
        <source> ({count} en attente)</source>
        <translation> ({count} en attente)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="113"/>
        <source>Connecté au dépôt d&apos;équipe.</source>
        <translation>Connecté au dépôt d&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="118"/>
        <source>Le dépôt d&apos;équipe ne répond pas. Vos prises en charge, notes et demandes attendent sur ce poste et partiront à son retour.</source>
        <translation>Le dépôt d&apos;équipe ne répond pas. Vos prises en charge, notes et demandes attendent sur ce poste et partiront à son retour.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="122"/>
        <source>Le dépôt d&apos;équipe demande votre mot de passe. Cliquez ici pour le saisir.</source>
        <translation>Le dépôt d&apos;équipe demande votre mot de passe. Cliquez ici pour le saisir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="126"/>
        <source>Le dépôt d&apos;équipe a refusé le mot de passe. Cliquez ici pour le saisir à nouveau.</source>
        <translation>Le dépôt d&apos;équipe a refusé le mot de passe. Cliquez ici pour le saisir à nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="131"/>
        <source>Le dépôt d&apos;équipe ne connaît pas votre compte : demandez à l&apos;informatique de vous y ajouter (invoice-desk team add-person).</source>
        <translation>Le dépôt d&apos;équipe ne connaît pas votre compte : demandez à l&apos;informatique de vous y ajouter (invoice-desk team add-person).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="136"/>
        <source>Le dépôt d&apos;équipe n&apos;accepte pas de connexion de ce poste ou de ce compte (pg_hba.conf) : voyez avec l&apos;informatique.</source>
        <translation>Le dépôt d&apos;équipe n&apos;accepte pas de connexion de ce poste ou de ce compte (pg_hba.conf) : voyez avec l&apos;informatique.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="141"/>
        <source>Le certificat du dépôt d&apos;équipe n&apos;a pas pu être vérifié : voyez avec l&apos;informatique (adresse et autorité de certification dans la configuration).</source>
        <translation>Le certificat du dépôt d&apos;équipe n&apos;a pas pu être vérifié : voyez avec l&apos;informatique (adresse et autorité de certification dans la configuration).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="146"/>
        <source>La connexion Kerberos au dépôt d&apos;équipe a échoué : vérifiez votre session Windows ou voyez avec l&apos;informatique.</source>
        <translation>La connexion Kerberos au dépôt d&apos;équipe a échoué : vérifiez votre session Windows ou voyez avec l&apos;informatique.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="151"/>
        <source>Le dépôt d&apos;équipe a été mis à jour pour une version plus récente d&apos;Invoice Desk : installez-la. Vos opérations attendent sur ce poste.</source>
        <translation>Le dépôt d&apos;équipe a été mis à jour pour une version plus récente d&apos;Invoice Desk : installez-la. Vos opérations attendent sur ce poste.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="156"/>
        <source>Le dépôt d&apos;équipe doit être mis à jour (invoice-desk team init) : voyez avec l&apos;informatique. Vos opérations attendent sur ce poste.</source>
        <translation>Le dépôt d&apos;équipe doit être mis à jour (invoice-desk team init) : voyez avec l&apos;informatique. Vos opérations attendent sur ce poste.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="161"/>
        <source>Le dépôt d&apos;équipe n&apos;est pas initialisé (invoice-desk team init) : voyez avec l&apos;informatique.</source>
        <translation>Le dépôt d&apos;équipe n&apos;est pas initialisé (invoice-desk team init) : voyez avec l&apos;informatique.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="165"/>
        <source>Dépôt d&apos;équipe indisponible ({key}).</source>
        <translation>Dépôt d&apos;équipe indisponible ({key}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="85"/>
        <source>Dépôt d&apos;équipe : {key}</source>
        <translation>Dépôt d&apos;équipe : {key}</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="46"/>
        <source>Suspension</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="47"/>
        <source>Rejet</source>
        <translation>Rejet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="48"/>
        <source>Recyclage</source>
        <translation>Recyclage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="49"/>
        <source>Service fait</source>
        <translation>Service fait</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="50"/>
        <source>Mandatement</source>
        <translation>Mandatement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="53"/>
        <source>Mise à disposition du comptable</source>
        <translation>Mise à disposition du comptable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="54"/>
        <source>Comptabilisation</source>
        <translation>Comptabilisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="55"/>
        <source>Mise en paiement</source>
        <translation>Mise en paiement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="56"/>
        <source>Approbation</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="57"/>
        <source>Refus</source>
        <translation>Refus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="65"/>
        <location filename="../../desktop_app/ui/texts.py" line="67"/>
        <source>En attente d&apos;envoi</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="66"/>
        <source>Envoi en cours</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="68"/>
        <source>Envoyée</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="69"/>
        <source>À corriger</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="70"/>
        <source>Conflit</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="71"/>
        <source>Abandonnée</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="75"/>
        <source>En attente d&apos;approbation</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
</context>
<context>
    <name>ViewerPrint</name>
    <message>
        <location filename="../../desktop_app/ui/viewer_print.py" line="34"/>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/viewer_print.py" line="66"/>
        <source>Imprimer la facture</source>
        <translation>Imprimer la facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/viewer_print.py" line="77"/>
        <source>Aperçu avant impression</source>
        <translation>Aperçu avant impression</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <location filename="../../desktop_app/ui/viewer_window.py" line="25"/>
        <source>{title} — visionneuse</source>
        <translation>{title} — visionneuse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/viewer_window.py" line="33"/>
        <source>Fermer la visionneuse</source>
        <translation>Fermer la visionneuse</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="36"/>
        <source>&amp;Synchroniser maintenant</source>
        <extracomment>Zoom factors offered by &quot;zoom in&quot; / &quot;zoom out&quot; (1.0 = 100 %, the page at its real size).</extracomment>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="37"/>
        <source>&amp;Envois en attente…</source>
        <translation>&amp;Envois en attente…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="38"/>
        <source>&amp;Approbations en attente…</source>
        <translation>&amp;Approbations en attente…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="39"/>
        <source>Exporter la liste en &amp;CSV…</source>
        <translation>Exporter la liste en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="40"/>
        <source>Exporter la liste en &amp;XLSX…</source>
        <translation>Exporter la liste en &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="43"/>
        <source>Exporter les PDF de la sélection dans un &amp;dossier…</source>
        <translation>Exporter les PDF de la sélection dans un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="49"/>
        <source>Exporter la sélection en un seul PDF (fusio&amp;nné)…</source>
        <translation>Exporter la sélection en un seul PDF (fusio&amp;nné)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="54"/>
        <source>&amp;Importer les engagements…</source>
        <translation>&amp;Importer les engagements…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="56"/>
        <source>&amp;Paramètres…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="57"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="58"/>
        <source>&amp;Suspendre…</source>
        <translation>&amp;Suspendre…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="59"/>
        <source>&amp;Rejeter…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="61"/>
        <source>Rec&amp;ycler vers un autre service…</source>
        <translation>Rec&amp;ycler vers un autre service…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="63"/>
        <source>Service &amp;fait…</source>
        <translation>Service &amp;fait…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="64"/>
        <source>&amp;Mandater…</source>
        <translation>&amp;Mandater…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="65"/>
        <source>Statut &amp;comptable…</source>
        <translation>Statut &amp;comptable…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="66"/>
        <source>Prendre en c&amp;harge</source>
        <translation>Prendre en c&amp;harge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="68"/>
        <source>&amp;Libérer la prise en charge</source>
        <translation>&amp;Libérer la prise en charge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="71"/>
        <source>Ajouter une &amp;note interne…</source>
        <translation>Ajouter une &amp;note interne…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="74"/>
        <source>Ouvrir la &amp;pièce jointe</source>
        <translation>Ouvrir la &amp;pièce jointe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="77"/>
        <source>Comparer avec l&apos;original…</source>
        <translation>Comparer avec l&apos;original…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="79"/>
        <source>&amp;Imprimer la facture…</source>
        <translation>&amp;Imprimer la facture…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="80"/>
        <source>Ouvrir dans la &amp;visionneuse</source>
        <translation>Ouvrir dans la &amp;visionneuse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="81"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="82"/>
        <source>&amp;Enregistrer la recherche…</source>
        <translation>&amp;Enregistrer la recherche…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="83"/>
        <source>Re&amp;nommer la recherche…</source>
        <translation>Re&amp;nommer la recherche…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="84"/>
        <source>Su&amp;pprimer la recherche…</source>
        <translation>Su&amp;pprimer la recherche…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="85"/>
        <source>Aller à la &amp;liste</source>
        <translation>Aller à la &amp;liste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="86"/>
        <source>Aller aux &amp;boîtes</source>
        <translation>Aller aux &amp;boîtes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="88"/>
        <source>Aller aux &amp;structures</source>
        <translation>Aller aux &amp;structures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="90"/>
        <source>&amp;Historique de la facture</source>
        <translation>&amp;Historique de la facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="91"/>
        <source>&amp;Champs de la facture</source>
        <translation>&amp;Champs de la facture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="92"/>
        <source>&amp;Marquer comme vues</source>
        <translation>&amp;Marquer comme vues</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="93"/>
        <source>&amp;Tout marquer comme vu</source>
        <translation>&amp;Tout marquer comme vu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="94"/>
        <source>Boîte « À traiter »</source>
        <translation>Boîte « À traiter »</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="95"/>
        <source>Boîte « Suspendues »</source>
        <translation>Boîte « Suspendues »</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="96"/>
        <source>Boîte « Rejetées »</source>
        <translation>Boîte « Rejetées »</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="97"/>
        <source>Boîte « Service fait »</source>
        <translation>Boîte « Service fait »</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="98"/>
        <source>Boîte « Mandatées »</source>
        <translation>Boîte « Mandatées »</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="99"/>
        <source>Boîte « Mises en paiement »</source>
        <translation>Boîte « Mises en paiement »</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="100"/>
        <source>Boîte « Toutes »</source>
        <translation>Boîte « Toutes »</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="102"/>
        <source>&amp;Vérifier la piste d&apos;audit…</source>
        <translation>&amp;Vérifier la piste d&apos;audit…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="104"/>
        <source>E&amp;xporter la piste d&apos;audit…</source>
        <translation>E&amp;xporter la piste d&apos;audit…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="105"/>
        <source>&amp;Travaux : circuit MOE / MOA…</source>
        <translation>&amp;Travaux : circuit MOE / MOA…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="107"/>
        <source>Circuit d&apos;&amp;approbation et délais…</source>
        <translation>Circuit d&apos;&amp;approbation et délais…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="109"/>
        <source>&amp;Français</source>
        <translation>&amp;Français</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="110"/>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="111"/>
        <source>&amp;Guide de l&apos;utilisateur</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="112"/>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="113"/>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnostics…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="119"/>
        <source>&amp;Fichier</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="120"/>
        <source>Fa&amp;cture</source>
        <translation>Fa&amp;cture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="124"/>
        <source>A&amp;ide</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="121"/>
        <source>&amp;Affichage</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="122"/>
        <source>&amp;Outils</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="123"/>
        <source>&amp;Langue</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>WorksActionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="65"/>
        <source>Montant retenu HT :</source>
        <translation>Montant retenu HT :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="69"/>
        <source>Commentaire (obligatoire pour un refus)</source>
        <translation>Commentaire (obligatoire pour un refus)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="71"/>
        <source>Commentaire (facultatif)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="72"/>
        <source>Commentaire :</source>
        <translation>Commentaire :</translation>
    </message>
</context>
<context>
    <name>WorksHistoryTable</name>
    <message>
        <location filename="../../desktop_app/ui/works_history.py" line="42"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_history.py" line="43"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_history.py" line="44"/>
        <source>Par</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_history.py" line="45"/>
        <source>Commentaire</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_history.py" line="46"/>
        <source>Étape tacite (fondement)</source>
        <translation>Étape tacite (fondement)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_history.py" line="59"/>
        <source>Chorus Pro (délai expiré)</source>
        <translation>Chorus Pro (délai expiré)</translation>
    </message>
</context>
<context>
    <name>WorksWindow</name>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="99"/>
        <source>Travaux — circuit MOE / MOA</source>
        <translation>Travaux — circuit MOE / MOA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="109"/>
        <source>&amp;Boîte :</source>
        <translation>&amp;Boîte :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="115"/>
        <source>&amp;Actualiser</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="122"/>
        <location filename="../../desktop_app/ui/works_window.py" line="143"/>
        <source>N°</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="123"/>
        <source>Marché</source>
        <translation>Marché</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="124"/>
        <location filename="../../desktop_app/ui/works_window.py" line="144"/>
        <source>Pièce</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="125"/>
        <location filename="../../desktop_app/ui/works_window.py" line="145"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="126"/>
        <source>Fournisseur</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="127"/>
        <source>Montant HT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="128"/>
        <source>Échéance de l&apos;étape</source>
        <translation>Échéance de l&apos;étape</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="129"/>
        <source>Jours restants</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="142"/>
        <source>Rang</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="146"/>
        <source>Demandé HT</source>
        <translation>Demandé HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="147"/>
        <source>Retenu HT</source>
        <translation>Retenu HT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="148"/>
        <source>Cumul demandé</source>
        <translation>Cumul demandé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="149"/>
        <source>Cumul retenu</source>
        <translation>Cumul retenu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="150"/>
        <source>Délai de l&apos;étape</source>
        <translation>Délai de l&apos;étape</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="154"/>
        <source>&amp;Historique de la pièce :</source>
        <translation>&amp;Historique de la pièce :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="177"/>
        <source>À vérifier (MOE)</source>
        <translation>À vérifier (MOE)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="178"/>
        <source>À valider (MOA)</source>
        <translation>À valider (MOA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="179"/>
        <source>Délais tacites en cours</source>
        <translation>Délais tacites en cours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="180"/>
        <source>Échéance de l&apos;étape dépassée</source>
        <translation>Échéance de l&apos;étape dépassée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="181"/>
        <source>Échéance de l&apos;étape ≤ 5 jours</source>
        <translation>Échéance de l&apos;étape ≤ 5 jours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="182"/>
        <source>Toutes les pièces de travaux</source>
        <translation>Toutes les pièces de travaux</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="187"/>
        <source>&amp;Valider (MOE)…</source>
        <translation>&amp;Valider (MOE)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="188"/>
        <source>&amp;Refuser (MOE)…</source>
        <translation>&amp;Refuser (MOE)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="189"/>
        <source>Valider (M&amp;OA)…</source>
        <translation>Valider (M&amp;OA)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="190"/>
        <source>Re&amp;fuser (MOA)…</source>
        <translation>Re&amp;fuser (MOA)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="195"/>
        <source>Projet de décompte mensuel</source>
        <translation>Projet de décompte mensuel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="196"/>
        <source>État d&apos;acompte</source>
        <translation>État d&apos;acompte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="197"/>
        <source>État d&apos;acompte validé</source>
        <translation>État d&apos;acompte validé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="198"/>
        <source>Projet de décompte final</source>
        <translation>Projet de décompte final</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="199"/>
        <source>Décompte général et définitif</source>
        <translation>Décompte général et définitif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="266"/>
        <source>À vérifier : {moe} · à valider : {moa} · délais tacites : {tacit} · en retard : {late}</source>
        <translation>À vérifier : {moe} · à valider : {moa} · délais tacites : {tacit} · en retard : {late}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="298"/>
        <source>Aucune pièce de travaux dans cette boîte.</source>
        <translation>Aucune pièce de travaux dans cette boîte.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="302"/>
        <source>Marché {contract} — {label} — {supplier}</source>
        <translation>Marché {contract} — {label} — {supplier}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="350"/>
        <source>Action en attente d&apos;envoi à Chorus Pro.</source>
        <translation>Action en attente d&apos;envoi à Chorus Pro.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="353"/>
        <source>Aucun délai en cours pour cette pièce.</source>
        <translation>Aucun délai en cours pour cette pièce.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="354"/>
        <source>Échéance de l&apos;étape : {due} ({source}).</source>
        <translation>Échéance de l&apos;étape : {due} ({source}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="358"/>
        <source>Dépassée de {days} jour(s).</source>
        <translation>Dépassée de {days} jour(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="359"/>
        <source>{days} jour(s) restant(s).</source>
        <translation>{days} jour(s) restant(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="383"/>
        <source>« {value} » n&apos;est pas un montant (exemple : 1 234,56).</source>
        <translation>« {value} » n&apos;est pas un montant (exemple : 1 234,56).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="403"/>
        <source>Un refus doit être motivé : saisissez un commentaire.</source>
        <translation>Un refus doit être motivé : saisissez un commentaire.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="404"/>
        <source>Le commentaire est trop long.</source>
        <translation>Le commentaire est trop long.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="405"/>
        <source>Le montant doit être positif, au centime près.</source>
        <translation>Le montant doit être positif, au centime près.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="406"/>
        <source>Votre compte n&apos;a pas ce rôle sur les marchés de travaux.</source>
        <translation>Votre compte n&apos;a pas ce rôle sur les marchés de travaux.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="407"/>
        <source>Cette action n&apos;est pas possible à cette étape.</source>
        <translation>Cette action n&apos;est pas possible à cette étape.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="408"/>
        <source>Une action est déjà en attente d&apos;envoi pour cette pièce.</source>
        <translation>Une action est déjà en attente d&apos;envoi pour cette pièce.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="410"/>
        <source>Action impossible ({key}).</source>
        <translation>Action impossible ({key}).</translation>
    </message>
</context>
<context>
    <name>window.controller</name>
    <message>
        <location filename="../../desktop_app/ui/screenshots.py" line="138"/>
        <source>Facture {number} de {supplier}</source>
        <translation>Facture {number} de {supplier}</translation>
    </message>
</context>
</TS>
