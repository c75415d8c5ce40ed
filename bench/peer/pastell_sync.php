<?php
/*
 * The peer of bench.sync_initial: Pastell's Chorus Pro client, run for real.
 *
 * Loads Pastell's own classes from a checkout at a pinned commit (bench/pastell_peer.py
 * extracts them; nothing of Pastell is copied into this project): CPPWrapper
 * (connecteur/cpp/lib/CPPWrapper.class.php) with CurlWrapper, CurlWrapperFactory,
 * CurlFunctions, MemoryCache and StaticWrapper (lib/), CPPException (connecteur-type/).
 * Then runs the loop of its import action, sequential as Pastell runs it:
 *   CPPImporterFacture::metier -> PortailFactureConnecteur::getListeFacturesRecipiendaire
 *     -> CPPWrapper::rechercheFactureParRecipiendaire (FACTURE then FACTURE_TRAVAUX, pages of
 *        1,000) and CPPWrapper::rechercheFactureTravaux (skipped without a user role, as in
 *        Pastell);
 *   SynchronisationFacture -> PortailFactureConnecteur::getHistoStatutFacture
 *     -> CPPWrapper::consulterHistoriqueFacture, once per invoice.
 * The list and history reshaping of PortailFactureConnecteur (an abstract class of Pastell's
 * framework) is repeated here field for field; Pastell's document storage is not run
 * ("stores nothing"). The logger is a no-op stand-in for Monolog (Pastell logs one line per
 * call); the token cache is Pastell's StaticWrapper (in-process; Pastell uses Redis).
 *
 * php -d curl.cainfo=CA.pem pastell_sync.php PASTELL_DIR CONNECT_JSON
 * prints {"invoices": n, "histories": n, "history_rows": n, "seconds": s} on stdout.
 */

namespace Monolog {
    class Logger
    {
        public function debug($message, array $context = []): void
        {
        }
        public function info($message, array $context = []): void
        {
        }
        public function error($message, array $context = []): void
        {
        }
    }
}

namespace {
    error_reporting(E_ALL & ~E_DEPRECATED);  // utf8_encode() is deprecated in PHP 8.2
    [$script, $pastell, $connectFile] = $argv;
    foreach (
        [
            'lib/CurlFunctions.class.php', 'lib/CurlWrapper.class.php',
            'lib/CurlWrapperFactory.class.php', 'lib/MemoryCache.interface.php',
            'lib/StaticWrapper.class.php', 'connecteur-type/CPPException.class.php',
            'connecteur/cpp/lib/CPPWrapper.class.php',
        ] as $file
    ) {
        require_once $pastell . '/' . $file;
    }
    $started = microtime(true);
    $info = json_decode(file_get_contents($connectFile), true);
    $account = null;
    foreach ($info['technicalAccounts'] as $candidate) {
        if ($candidate['login'] === 'TECH_IDESK') {
            $account = $candidate;
        }
    }
    $account = $account ?? $info['technicalAccounts'][0];

    // CPP::setConnecteurConfig, PISTE form
    $config = new CPPWrapperConfig();
    $config->url_piste_get_token = $info['tokenUrl'];
    $config->url_piste_api = $info['apiBase'];
    $config->client_id = $info['piste'][0]['clientId'];
    $config->client_secret = $info['piste'][0]['clientSecret'];
    $config->user_login = $account['login'];
    $config->user_password = $account['password'];
    $config->cpro_account = base64_encode($account['login'] . ':' . $account['password']);
    $config->user_role = '';

    $wrapper = new CPPWrapper(
        new CurlWrapperFactory(), new StaticWrapper(), new UTF8Encoder(), new Monolog\Logger()
    );
    $wrapper->setCppWrapperConfig($config);

    // PortailFactureConnecteur::getListeFacturesRecipiendaire + getListeFacturesTravaux
    $list = [];
    $found = $wrapper->rechercheFactureParRecipiendaire();
    foreach ($found['listeFactures'] as $f) {
        $list[$f['idFacture']] = [
            'id_facture_cpp' => $f['idFacture'],
            'fournisseur' => $f['codeFournisseur'],
            'destinataire' => $f['idDestinataire'],
            'siret' => $f['codeDestinataire'],
            'type_identifiant' => $f['typeIdentifiantFournisseur'],
            'fournisseur_raison_sociale' => $f['designationFournisseur'],
            'service_destinataire' => $f['idServiceExecutant'] ?? '',
            'service_destinataire_code' => $f['codeServiceExecutant'] ?? '',
            'type_facture' => $f['typeFacture'] ?? '',
            'no_facture' => $f['numeroFacture'],
            'date_facture' => $f['dateFacture'] ?? '',
            'date_depot' => $f['dateDepot'] ?? '',
            'date_statut_courant' => isset($f['dateHeureEtatCourant'])
                ? date('Y-m-d', strtotime($f['dateHeureEtatCourant'])) : '',
            'montant_ttc' => $f['montantTTC'],
            'statut' => $f['statut'],
        ];
    }
    $wrapper->rechercheFactureTravaux();  // returns at once without a user role (as Pastell)

    // SynchronisationFacture -> PortailFactureConnecteur::getHistoStatutFacture, per invoice
    $histories = 0;
    $rows = 0;
    foreach ($list as $id => $facture) {
        $h = $wrapper->consulterHistoriqueFacture($id);
        if (!empty($h['codeRetour'])) {
            throw new Exception('Le service Chorus Portail Pro a retourné une erreur : '
                . $h['codeRetour'] . ' - ' . $h['libelle']);
        }
        if (empty($h['statutCourantCode'])) {
            throw new Exception('Impossible de trouver le statut courant de la facture ' . $id);
        }
        $format = ['statut_courant' => $h['statutCourantCode'], 'histo_statut' => []];
        foreach ($h['historiquesDesStatuts']['histoStatut'] as $s) {
            $format['histo_statut'][] = [
                'statut_id' => $s['histoStatutId'],
                'statut_code' => $s['histoStatutCode'],
                'statut_date_passage' => $s['histoStatutDatePassage'],
                'statut_commentaire' => $s['histoStatutCommentaire'] ?? '',
                'statut_utilisateur_nom' => $s['histoStatutUtilisateurNom'] ?? '',
                'statut_utilisateur_prenom' => $s['histoStatutUtilisateurPrenom'] ?? '',
            ];
        }
        $histories++;
        $rows += count($format['histo_statut']);
    }
    echo json_encode([
        'invoices' => count($list),
        'histories' => $histories,
        'history_rows' => $rows,
        'seconds' => round(microtime(true) - $started, 3),
    ]), "\n";
}
