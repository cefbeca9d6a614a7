window.YTD.shopify_account.part0 = [
  {
    "shopifyAccount" : {
      "shopDomain" : "frenchbroadclay-example.myshopify.com",
      "termsOfServiceAccepted" : true,
      "appOnboardingComplete" : true,
      "userId" : "1402278861937180673",
      "catalogId" : "1576320994814652416",
      "shopCurrency" : "USD",
      "createdAt" : "2022-10-02T15:58:12.000Z",
      "updatedAt" : "2022-11-12T19:40:26.000Z"
    }
  }
]