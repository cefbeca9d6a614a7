window.YTD.periscope_profile_description.part0 = [
  {
    "periscopeProfileDescription" : {
      "bio" : "Automated tide times & harbour bar sea state for Whitby, posted at 05:00 daily. Not for navigation. Run by @tamsin_rae_wx."
    }
  }
]