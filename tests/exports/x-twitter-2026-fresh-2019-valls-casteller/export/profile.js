window.YTD.profile.part0 = [ {
  "profile" : {
    "description" : {
      "bio" : "Castellera de tronc a la colla. Valls, l'Alt Camp. Fisioterapeuta de dia, pilars de nit \uD83D\uDCAA",
      "website" : "https://t.co/kVm4Rb2xQa",
      "location" : "Valls, Catalunya"
    },
    "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1093818274650120193/Xk2mQ7pL.jpg",
    "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/842617305/1549902217"
  }
} ]