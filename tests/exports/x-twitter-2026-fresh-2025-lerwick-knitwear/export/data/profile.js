window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Fair Isle knitwear designer on Mainland Shetland. Patterns, kits and da odd ferry rant. Orders: shop link below.",
        "website" : "https://t.co/Hs2QmPz81c",
        "location" : "Lerwick, Shetland"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1873768087061266474/Vq8dLkT2.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/709486183076701121/1735576102"
    }
  }
]